using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Home;

/// <summary>The home page of every signed-in user (its content depends on the role and the vendor scope), and the About page.</summary>
[Route(""), Authorize(Policy = Policies.AnyRole)]
public sealed class HomeController(Dashboard dashboard) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await dashboard.LoadAsync(User, cancellationToken));

    /// <summary>What the product is, for anyone handed a link before they have an account: no data, so no sign-in.</summary>
    [HttpGet("about"), AllowAnonymous]
    public IActionResult About() => View();
}
