using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Quartz;
using VendorAudit.Domain;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Web.Security;

namespace VendorAudit.Web.Features.Reports;

/// <summary>Contract-review reports: brand-side users render them; everyone downloads those in their scope, as attachments.</summary>
[Route("reports"), Authorize(Policy = Policies.AnyRole)]
public sealed class ReportsController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ReportLibrary library, CancellationToken cancellationToken) =>
        View(await library.ListAsync(cancellationToken));

    [HttpGet("{reportId:long}")]
    public async Task<IActionResult> Download(long reportId, [FromServices] ReportLibrary library, CancellationToken cancellationToken) =>
        await library.FileAsync(reportId, cancellationToken) is { } file ? File(file.Content, "application/pdf", file.FileName) : NotFound();

    /// <summary>One vendor's report, printed now; the whole period goes to the job instead (<see cref="RenderAll"/>).</summary>
    [HttpPost("render"), Authorize(Policy = Policies.BrandSide)]
    public async Task<IActionResult> Render(int vendorId, string period, string language, [FromServices] ReportService reports, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(period, out var chosen) || !ReportText.Languages.Contains(language)) return BadRequest();
        try
        {
            var report = await reports.RenderAsync(vendorId, chosen, language, User.Identity?.Name ?? "portal", cancellationToken);
            TempData["ReportsNotice"] = $"Report #{report.Id} rendered for {chosen} ({language}).";
        }
        catch (DomainException e)
        {
            TempData["ReportsNotice"] = e.Message;
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("render-all"), Authorize(Policy = Policies.BrandSide)]
    public async Task<IActionResult> RenderAll(string period, string language, [FromServices] ISchedulerFactory schedulers, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(period, out var chosen) || !ReportText.Languages.Contains(language)) return BadRequest();
        await ReportJob.RequestAsync(await schedulers.GetScheduler(cancellationToken), chosen, cancellationToken, language, User.Identity?.Name ?? "portal");
        TempData["ReportsNotice"] = $"Every vendor's report for {chosen} ({language}) is being rendered.";
        return RedirectToAction(nameof(Index));
    }
}
