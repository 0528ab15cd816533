using Microsoft.AspNetCore.Mvc;

namespace VendorAudit.Web.Features.Home;

/// <summary>The home page of every signed-in user; its content depends on the role and the vendor scope.</summary>
[Route("")]
public sealed class HomeController(Dashboard dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.LoadAsync(User, cancellationToken));
}
