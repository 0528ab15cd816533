using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Users;

/// <summary>User administration, for admins only.</summary>
[Route("admin/users"), Authorize(Policy = Policies.Admin)]
public sealed class UsersController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] UserDirectory directory, CancellationToken cancellationToken) =>
        View(await directory.LoadAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create([FromServices] UserDirectory directory, CancellationToken cancellationToken) =>
        View(new UserForm { VendorChoices = await directory.VendorChoicesAsync(cancellationToken) });

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserForm form, [FromServices] UserDirectory directory, CancellationToken cancellationToken)
    {
        form.VendorChoices = await directory.VendorChoicesAsync(cancellationToken);
        if (!ModelState.IsValid) return View(form);
        var problems = await directory.CreateAsync(form);
        if (problems.Count == 0) return RedirectToAction(nameof(Index));
        foreach (var problem in problems) ModelState.AddModelError("", problem);
        return View(form);
    }
}
