using Microsoft.AspNetCore.Mvc;

namespace VendorAudit.Web.Features.Calls;

/// <summary>The call explorer: filter, page and open calls within the caller's vendor scope.</summary>
[Route("calls")]
public sealed class CallsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CallFilter filter, [FromServices] CallSearch search, CancellationToken cancellationToken) =>
        View(await search.RunAsync(filter, cancellationToken));

    [HttpGet("{callId:long}")]
    public async Task<IActionResult> Details(long callId, [FromServices] CallView calls, CancellationToken cancellationToken) =>
        await calls.LoadAsync(callId, cancellationToken) is { } model ? View(model) : NotFound();
}
