using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Domain.Audits;
using VendorAudit.Web.Features.Scorecards;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Disputes;

/// <summary>Disputes: vendor users contest items of their scorecards; auditors answer; both read the trail.</summary>
[Route("disputes"), Authorize(Policy = Policies.AnyRole)]
public sealed class DisputesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DisputeStatus? status, [FromServices] DisputeDesk desk, CancellationToken cancellationToken)
    {
        ViewData["Status"] = status;
        return View(await desk.ListAsync(status, cancellationToken));
    }

    [HttpGet("{disputeId:long}")]
    public async Task<IActionResult> Details(long disputeId, [FromServices] DisputeDesk desk, CancellationToken cancellationToken) =>
        await desk.LoadAsync(disputeId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("new/{scorecardId:long}"), Authorize(Policy = Policies.VendorUsers)]
    public async Task<IActionResult> Open(long scorecardId, [FromServices] ScorecardPage page, CancellationToken cancellationToken) =>
        await page.LoadAsync(scorecardId, new ScorecardViewer(User), cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("new/{scorecardId:long}"), Authorize(Policy = Policies.VendorUsers)]
    public async Task<IActionResult> Open(long scorecardId, OpenDisputeForm form, [FromServices] DisputeDesk desk,
        [FromServices] ScorecardPage page, CancellationToken cancellationToken)
    {
        var outcome = await desk.OpenAsync(scorecardId, form, User.Identity?.Name ?? "", cancellationToken);
        if (outcome is null) return NotFound();
        if (outcome.DisputeId is { } id) return RedirectToAction(nameof(Details), new { disputeId = id });
        var model = await page.LoadAsync(scorecardId, new ScorecardViewer(User), cancellationToken, problems: [outcome.Problem!]);
        if (model is null) return NotFound();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(model);
    }

    [HttpPost("{disputeId:long}/resolution"), Authorize(Policy = Policies.Auditors)]
    public async Task<IActionResult> Resolve(long disputeId, ResolveDisputeForm form, [FromServices] DisputeDesk desk, CancellationToken cancellationToken)
    {
        var outcome = await desk.ResolveAsync(disputeId, form, User.Identity?.Name ?? "", cancellationToken);
        if (outcome is null) return NotFound();
        if (outcome.Problem is { } problem) TempData["DisputeProblem"] = problem;
        return RedirectToAction(nameof(Details), new { disputeId });
    }
}
