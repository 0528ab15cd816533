using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Web.Tests.Scores;

namespace VendorAudit.Web.Tests.Reports;

/// <summary>Chromium killed (SIGKILL) while it prints: the renderer launches it again and the report still comes out whole.</summary>
[TestFixture]
public sealed class ChromiumCrashTests : ScoredPortalFixture
{
    private static readonly Period Month = new(2026, 10);

    [Test]
    public async Task A_document_whose_browser_is_killed_mid_print_is_printed_again_on_a_new_browser()
    {
        await using var renderer = new ChromiumPdfRenderer(new PdfRendererOptions(), NullLogger<ChromiumPdfRenderer>.Instance);
        await renderer.RenderAsync(Document("<p>warm-up</p>"));
        var killed = renderer.BrowserProcessId.ShouldNotBeNull();
        var rows = new StringBuilder();
        for (var i = 0; i < 20_000; i++) rows.Append("<tr><td>row ").Append(i).Append("</td><td>").Append(new string('x', 40)).Append("</td></tr>");
        var big = Document($"<table>{rows}</table><p>the last line</p>");

        var printing = renderer.RenderAsync(big);
        await Task.Delay(300);
        printing.IsCompleted.ShouldBeFalse("the document printed before the browser could be killed; make it longer");
        Process.GetProcessById(killed).Kill();
        var pdf = await printing;

        renderer.Launches.ShouldBe(2);
        renderer.BrowserProcessId.ShouldNotBe(killed);
        Pdf.LooksLikePdf(pdf.Content).ShouldBeTrue();
        (await Pdf.TextAsync(pdf.Content)).ShouldContain("the last line");
    }

    [Test]
    public async Task The_period_report_job_finishes_every_vendor_when_chromium_is_killed_during_it()
    {
        var renderer = (ChromiumPdfRenderer)Portal.Services.GetRequiredService<IPdfRenderer>();
        var scheduler = await Portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var vendors = await Portal.QueryAsync(db => db.VendorScores.Where(s => s.PeriodStart == Month.FirstDay)
            .Join(db.Vendors, s => s.VendorId, v => v.Id, (s, v) => new { v.Id, v.Name }).ToListAsync());
        var started = DateTimeOffset.UtcNow;

        await ReportJob.RequestAsync(scheduler, Month, CancellationToken.None, requestedBy: "crash-test");
        await WaitForAsync(() => Stored(started), count => count >= 1, "the first report");
        var launchesBefore = renderer.Launches;
        Process.GetProcessById(renderer.BrowserProcessId.ShouldNotBeNull()).Kill();
        await WaitForAsync(() => Stored(started), count => count == vendors.Count, "every vendor's report");

        renderer.Launches.ShouldBeGreaterThan(launchesBefore);
        var reports = await Portal.QueryAsync(db => db.Reports.Where(r => r.PeriodStart == Month.FirstDay && r.Language == "en" && r.CreatedAt >= started).ToListAsync());
        foreach (var vendor in vendors)
        {
            var report = reports.Where(r => r.VendorId == vendor.Id).ShouldHaveSingleItem();
            (await Pdf.TextAsync(report.Content)).ShouldContain(vendor.Name);
        }
    }

    private Task<int> Stored(DateTimeOffset since) =>
        Portal.QueryAsync(db => db.Reports.CountAsync(r => r.PeriodStart == Month.FirstDay && r.Language == "en" && r.CreatedAt >= since));

    /// <summary>Allows 90 s: the job's own retry comes 30 s after a failed run, so this allows for one.</summary>
    private static Task<int> WaitForAsync(Func<Task<int>> read, Func<int, bool> done, string what) =>
        Poll.UntilAsync(read, done, TimeSpan.FromSeconds(90), _ => $"Timed out waiting for {what}.");

    private static PdfDocument Document(string body) => new($"<html><body>{body}</body></html>", "<span></span>", "<span></span>");
}
