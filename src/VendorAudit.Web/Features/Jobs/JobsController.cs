using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Jobs;

/// <summary>The admins' view of background work: what is scheduled, what runs, what ran, and "run now".</summary>
[Route("admin/jobs"), Authorize(Policy = Policies.Admin)]
public sealed class JobsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] JobBoard board, CancellationToken cancellationToken) =>
        View(await board.LoadAsync(cancellationToken));

    [HttpPost("run")]
    public async Task<IActionResult> Run(string group, string name, [FromServices] JobBoard board, CancellationToken cancellationToken)
    {
        TempData["JobMessage"] = await board.RunNowAsync(group, name, User.Identity?.Name ?? "", cancellationToken)
            ? $"{group}.{name} was started."
            : $"{group}.{name} cannot be run on demand.";
        return RedirectToAction(nameof(Index));
    }
}
