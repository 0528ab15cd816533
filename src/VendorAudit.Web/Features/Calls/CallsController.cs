using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Calls;

/// <summary>The call explorer: filter, page and open calls within the caller's vendor scope.</summary>
[Route("calls"), Authorize(Policy = Policies.AnyRole)]
public sealed class CallsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CallFilter filter, [FromServices] CallSearch search, CancellationToken cancellationToken) =>
        View(await search.RunAsync(filter, cancellationToken));

    [HttpGet("{callId:long}")]
    public async Task<IActionResult> Details(long callId, [FromServices] CallView calls, CancellationToken cancellationToken) =>
        await calls.LoadAsync(callId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{callId:long}/transcript"), Authorize(Policy = Policies.Uploaders), RequestSizeLimit(TranscriptUpload.MaxBytes * 2)]
    public async Task<IActionResult> Transcript(long callId, IFormFile? file, [FromServices] TranscriptUpload upload, CancellationToken cancellationToken)
    {
        var (found, problems) = await upload.AttachAsync(callId, file, User.Identity?.Name ?? "", cancellationToken);
        if (!found) return NotFound();
        TempData["TranscriptProblems"] = problems.Count == 0 ? null : string.Join("\n", problems);
        TempData["TranscriptNotice"] = problems.Count == 0 ? "Transcript attached." : null;
        return RedirectToAction(nameof(Details), new { callId });
    }
}
