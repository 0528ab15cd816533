using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Findings;

/// <summary>Abuse findings: everyone reads those in scope; auditors confirm or dismiss them.</summary>
[Route("findings"), Authorize(Policy = Policies.AnyRole)]
public sealed class FindingsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] FindingFilter filter, [FromServices] FindingList list, CancellationToken cancellationToken) =>
        View(await list.LoadAsync(filter, cancellationToken));

    [HttpGet("{findingId:long}")]
    public async Task<IActionResult> Details(long findingId, [FromServices] FindingView view, CancellationToken cancellationToken) =>
        await view.LoadAsync(findingId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{findingId:long}/decision"), Authorize(Policy = Policies.Auditors)]
    public async Task<IActionResult> Decide(long findingId, DecisionForm form, [FromServices] FindingDecisions decisions, CancellationToken cancellationToken)
    {
        var outcome = await decisions.DecideAsync(findingId, form, User.Identity?.Name ?? "", cancellationToken);
        if (outcome is null) return NotFound();
        if (outcome.Problem is { } problem) TempData["FindingProblem"] = problem;
        return RedirectToAction(nameof(Details), new { findingId });
    }
}
