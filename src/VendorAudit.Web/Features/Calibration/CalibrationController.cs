using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Calibration;

/// <summary>Calibration: the quality team scores the same calls blind, then reads how far apart it is. Never shown to vendors.</summary>
[Route("calibration"), Authorize(Policy = Policies.Auditors)]
public sealed class CalibrationController : Controller
{
    private string Me => User.Identity?.Name ?? "";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] CalibrationDesk desk, CancellationToken cancellationToken) =>
        View(await desk.ListAsync(null, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(SessionForm form, [FromServices] CalibrationDesk desk, CancellationToken cancellationToken)
    {
        var (id, problem) = await desk.CreateAsync(form, Me, cancellationToken);
        if (id is { } sessionId) return RedirectToAction(nameof(Details), new { sessionId });
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await desk.ListAsync(form, problem, cancellationToken));
    }

    [HttpGet("{sessionId:long}")]
    public async Task<IActionResult> Details(long sessionId, [FromServices] CalibrationDesk desk, CancellationToken cancellationToken) =>
        await desk.LoadAsync(sessionId, Me, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{sessionId:long}/calls/{callId:long}/score")]
    public async Task<IActionResult> Score(long sessionId, long callId, [FromServices] CalibrationDesk desk, CancellationToken cancellationToken)
    {
        var (scorecardId, problem) = await desk.ScoreAsync(sessionId, callId, Me, cancellationToken);
        if (scorecardId is { } id) return RedirectToAction("Details", "Scorecards", new { scorecardId = id });
        if (problem is null) return NotFound();
        TempData["CalibrationProblem"] = problem;
        return RedirectToAction(nameof(Details), new { sessionId });
    }

    [HttpPost("{sessionId:long}/close")]
    public async Task<IActionResult> Close(long sessionId, [FromServices] CalibrationDesk desk, CancellationToken cancellationToken)
    {
        if (await desk.CloseAsync(sessionId, cancellationToken) is { } problem)
        {
            TempData["CalibrationProblem"] = problem;
            return RedirectToAction(nameof(Details), new { sessionId });
        }
        return RedirectToAction(nameof(Report), new { sessionId });
    }

    [HttpGet("{sessionId:long}/report")]
    public async Task<IActionResult> Report(long sessionId, [FromServices] CalibrationReportQuery query, CancellationToken cancellationToken) =>
        await query.LoadAsync(sessionId, cancellationToken) is { } model ? View(model) : NotFound();
}
