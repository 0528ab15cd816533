using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Templates;

/// <summary>Scorecard templates: the brand side reads every version; admins publish new ones.</summary>
[Route("templates"), Authorize(Policy = Policies.BrandSide)]
public sealed class TemplatesController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] TemplateLibrary library, CancellationToken cancellationToken) =>
        View(await library.ListAsync(cancellationToken));

    [HttpGet("{code}/{version:int}")]
    public async Task<IActionResult> Details(string code, int version, [FromServices] TemplateLibrary library, CancellationToken cancellationToken) =>
        await library.LoadAsync(code, version, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("publish"), Authorize(Policy = Policies.Admin)]
    public async Task<IActionResult> Publish([FromServices] TemplateLibrary library, CancellationToken cancellationToken) =>
        View(await library.DraftAsync(cancellationToken));

    [HttpPost("publish"), Authorize(Policy = Policies.Admin), RequestSizeLimit(TemplateLibrary.MaxBytes * 2)]
    public async Task<IActionResult> Publish(string? json, IFormFile? file, [FromServices] TemplateLibrary library, CancellationToken cancellationToken)
    {
        var problems = await library.PublishAsync(json, file, User.Identity?.Name ?? "", cancellationToken);
        if (problems.Count == 0)
        {
            TempData["TemplateNotice"] = "Published.";
            return RedirectToAction(nameof(Index));
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new PublishModel(json ?? "", problems));
    }
}
