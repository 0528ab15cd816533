using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Vendors;

/// <summary>Vendors: everyone sees the vendors in their scope; admins add and edit them.</summary>
[Route("vendors"), Authorize(Policy = Policies.AnyRole)]
public sealed class VendorsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] VendorList list, CancellationToken cancellationToken) =>
        View(await list.LoadAsync(cancellationToken));

    [HttpGet("{vendorId:int}")]
    public async Task<IActionResult> Details(int vendorId, [FromServices] VendorDetails details, CancellationToken cancellationToken) =>
        await details.LoadAsync(vendorId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("new"), Authorize(Policy = Policies.Admin)]
    public IActionResult Create() => View("Edit", new VendorForm());

    [HttpPost("new"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Create(VendorForm form, [FromServices] VendorEditor editor, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return View("Edit", form);
        var result = await editor.CreateAsync(form, cancellationToken);
        return result.Problem is { } problem ? Invalid(form, problem) : RedirectToAction(nameof(Details), new { vendorId = result.VendorId });
    }

    [HttpGet("{vendorId:int}/edit"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int vendorId, [FromServices] VendorEditor editor, CancellationToken cancellationToken) =>
        await editor.FormAsync(vendorId, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("{vendorId:int}/edit"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int vendorId, VendorForm form, [FromServices] VendorEditor editor, CancellationToken cancellationToken)
    {
        form.Id = vendorId;
        if (!ModelState.IsValid) return View(form);
        var result = await editor.UpdateAsync(vendorId, form, cancellationToken);
        if (result is null) return NotFound();
        return result.Problem is { } problem ? Invalid(form, problem) : RedirectToAction(nameof(Details), new { vendorId });
    }

    private ViewResult Invalid(VendorForm form, string problem)
    {
        ModelState.AddModelError("", problem);
        return View("Edit", form);
    }
}
