using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Audits;

/// <summary>The quality team's desk: sampling plans and the work queue of sampled calls.</summary>
[Route("audits"), Authorize(Policy = Policies.Auditors)]
public sealed class AuditsController : Controller
{
    private string Me => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] QueueFilter filter, [FromServices] WorkQueue queue, CancellationToken cancellationToken) =>
        View(await queue.LoadAsync(filter, Me, cancellationToken));

    [HttpPost("queue/{sampleId:long}/claim")]
    public async Task<IActionResult> Claim(long sampleId, [FromServices] QueueActions actions, CancellationToken cancellationToken) =>
        Back(await actions.ClaimAsync(sampleId, Me, cancellationToken));

    [HttpPost("queue/{sampleId:long}/release")]
    public async Task<IActionResult> Release(long sampleId, [FromServices] QueueActions actions, CancellationToken cancellationToken) =>
        Back(await actions.ReleaseAsync(sampleId, Me, cancellationToken));

    [HttpPost("queue/{sampleId:long}/score")]
    public async Task<IActionResult> Score(long sampleId, [FromServices] QueueActions actions, CancellationToken cancellationToken)
    {
        var outcome = await actions.ScoreAsync(sampleId, Me, cancellationToken);
        if (outcome is null) return NotFound();
        if (outcome.ScorecardId is { } id) return RedirectToAction("Details", "Scorecards", new { scorecardId = id });
        return Back(outcome);
    }

    [HttpGet("plans")]
    public async Task<IActionResult> Plans([FromServices] PlanDesk desk, CancellationToken cancellationToken) =>
        View(await desk.ListAsync(null, null, cancellationToken));

    [HttpPost("plans")]
    public async Task<IActionResult> CreatePlan(PlanForm form, [FromServices] PlanDesk desk, CancellationToken cancellationToken)
    {
        var (planId, problem) = await desk.CreateAsync(form, Me, cancellationToken);
        if (planId is { } id) return RedirectToAction(nameof(Plan), new { planId = id });
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Plans), await desk.ListAsync(form, problem, cancellationToken));
    }

    [HttpGet("plans/{planId:long}")]
    public async Task<IActionResult> Plan(long planId, [FromServices] PlanDesk desk, CancellationToken cancellationToken) =>
        await desk.LoadAsync(planId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("plans/{planId:long}/targeted")]
    public async Task<IActionResult> PullTargeted(long planId, [FromServices] PlanDesk desk, CancellationToken cancellationToken)
    {
        if (await desk.PullTargetedAsync(planId, cancellationToken) is not { } added) return NotFound();
        TempData["PlanNotice"] = added;
        return RedirectToAction(nameof(Plan), new { planId });
    }

    private IActionResult Back(QueueOutcome? outcome)
    {
        if (outcome is null) return NotFound();
        if (outcome.Problem is { } problem) TempData["QueueProblem"] = problem;
        // Back to the queue view the auditor came from (filters kept), never to another site.
        var back = Request.Form["returnUrl"].ToString();
        return Url.IsLocalUrl(back) ? Redirect(back) : RedirectToAction(nameof(Index));
    }
}
