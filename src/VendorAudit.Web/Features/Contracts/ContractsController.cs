using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Contracts;

/// <summary>A vendor's contract versions: the brand side reads them, admins add or amend a version.</summary>
[Route("vendors/{vendorId:int}/contracts"), Authorize(Policy = Policies.BrandSide)]
public sealed class ContractsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int vendorId, [FromServices] ContractDesk desk, CancellationToken cancellationToken) =>
        await desk.ListAsync(vendorId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("edit"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int vendorId, string? month, [FromServices] ContractDesk desk, CancellationToken cancellationToken) =>
        await desk.FormAsync(vendorId, month, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("edit"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Edit(int vendorId, ContractForm form, [FromServices] ContractDesk desk, CancellationToken cancellationToken)
    {
        var problems = await desk.SaveAsync(vendorId, form, cancellationToken);
        if (problems is null) return NotFound();
        if (problems.Count == 0) return RedirectToAction(nameof(Index), new { vendorId });
        var model = await desk.FormAsync(vendorId, null, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(model! with { Form = form, Problems = problems });
    }
}
