using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Imports;

/// <summary>Call-file uploads, their background processing and the reports of every import batch.</summary>
[Route("imports"), Authorize(Policy = Policies.AnyRole)]
public sealed class ImportsController : Controller
{
    /// <summary>Large exports are normal (a month of queue_log is hundreds of MB).</summary>
    private const long MaxUploadBytes = 1L << 30;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ImportHistory history, CancellationToken cancellationToken) =>
        View(await history.LoadAsync(cancellationToken));

    [HttpGet("new"), Authorize(Policy = Policies.Uploaders)]
    public async Task<IActionResult> Upload([FromServices] UploadReceiver receiver, CancellationToken cancellationToken) =>
        View(await receiver.FormAsync(cancellationToken));

    [HttpPost("new"), Authorize(Policy = Policies.Uploaders)]
    [RequestSizeLimit(MaxUploadBytes), RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Upload(UploadForm form, [FromServices] UploadReceiver receiver, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid ? await receiver.ReceiveAsync(form, User.Identity?.Name ?? "", cancellationToken) : null;
        if (result is { UploadId: { } uploadId }) return RedirectToAction(nameof(Status), new { uploadId });
        if (result?.Problem is { } problem) ModelState.AddModelError(result.Field ?? "", problem);
        return View(await receiver.FormAsync(cancellationToken, form));
    }

    [HttpGet("uploads/{uploadId:long}")]
    public async Task<IActionResult> Status(long uploadId, [FromServices] ImportHistory history, CancellationToken cancellationToken) =>
        await history.UploadAsync(uploadId, cancellationToken) is { } upload ? View(upload) : NotFound();

    [HttpGet("batches/{batchId:long}")]
    public async Task<IActionResult> Batch(long batchId, [FromServices] ImportHistory history, CancellationToken cancellationToken) =>
        await history.BatchAsync(batchId, cancellationToken) is { } batch ? View(batch) : NotFound();
}
