using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Scorecards;

/// <summary>Scorecards: auditors score and submit; everyone in scope reads the submitted ones and their trail.</summary>
[Route("scorecards"), Authorize(Policy = Policies.AnyRole)]
public sealed class ScorecardsController : Controller
{
    private ScorecardViewer Viewer => new(User);

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ScorecardFilter filter, [FromServices] ScorecardList list, CancellationToken cancellationToken) =>
        View(await list.LoadAsync(filter, Viewer.Name, cancellationToken));

    [HttpGet("{scorecardId:long}")]
    public async Task<IActionResult> Details(long scorecardId, [FromServices] ScorecardPage page, CancellationToken cancellationToken) =>
        await page.LoadAsync(scorecardId, Viewer, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{scorecardId:long}"), Authorize(Policy = Policies.Auditors)]
    public async Task<IActionResult> Save(long scorecardId, ScorecardForm form, [FromServices] ScorecardSaving saving,
        [FromServices] ScorecardPage page, CancellationToken cancellationToken)
    {
        var outcome = await saving.SaveAsync(scorecardId, form, Viewer, cancellationToken);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound: return NotFound();
            case SaveStatus.Saved:
                TempData["ScorecardNotice"] = "Draft saved.";
                return RedirectToAction(nameof(Details), new { scorecardId });
            case SaveStatus.Submitted:
                TempData["ScorecardNotice"] = "Scorecard submitted.";
                return RedirectToAction(nameof(Details), new { scorecardId });
        }
        // Conflict or invalid: the auditor's answers come back as posted, with the reason beside them.
        var model = await page.LoadAsync(scorecardId, Viewer, cancellationToken, form, outcome.Problems, outcome.Status == SaveStatus.Conflict);
        if (model is null) return NotFound();
        Response.StatusCode = outcome.Status == SaveStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Details), model);
    }

    /// <summary>The page's script saves drafts as the auditor works; a conflict sends them to the full form.</summary>
    [HttpPost("{scorecardId:long}/autosave"), Authorize(Policy = Policies.Auditors)]
    public async Task<IActionResult> Autosave(long scorecardId, ScorecardForm form, [FromServices] ScorecardSaving saving, CancellationToken cancellationToken)
    {
        form.Action = "save";
        var outcome = await saving.SaveAsync(scorecardId, form, Viewer, cancellationToken);
        return outcome.Status switch
        {
            SaveStatus.Saved => Json(new { version = outcome.Version, savedAt = outcome.SavedAt }),
            SaveStatus.Conflict => Conflict(new { conflict = true }),
            SaveStatus.NotFound => NotFound(),
            _ => UnprocessableEntity(new { problems = outcome.Problems }),
        };
    }

    [HttpGet("{scorecardId:long}/history")]
    public async Task<IActionResult> History(long scorecardId, [FromServices] ScorecardHistory history, CancellationToken cancellationToken) =>
        await history.LoadAsync(scorecardId, Viewer, cancellationToken) is { } model ? View(model) : NotFound();
}
