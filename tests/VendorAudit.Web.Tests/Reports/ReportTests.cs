using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Reports;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Web.Tests.Scores;

namespace VendorAudit.Web.Tests.Reports;

/// <summary>The contract-review PDF, read back with poppler: what it prints matches the stored scores, and nothing in it reaches the network.</summary>
[TestFixture]
public sealed class ReportTests : ScoredPortalFixture
{
    private static readonly Period Month = new(2026, 10);
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private const string Hostile = "<img src=http://169.254.169.254/x>";

    private async Task<ContractReport> RenderAsync(string code, string language = "en")
    {
        using var system = SystemScope.Enter();
        await using var scope = Portal.Services.CreateAsyncScope();
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == code).Select(v => v.Id).SingleAsync());
        return await scope.ServiceProvider.GetRequiredService<ReportService>().RenderAsync(vendorId, Month, language, "test");
    }

    [Test]
    public async Task The_report_prints_the_vendors_name_composite_and_bonus_malus_as_stored()
    {
        foreach (var code in new[] { "NORTHWIND", "DUNMORE" })
        {
            var report = await RenderAsync(code);
            var (vendor, score) = await Portal.QueryAsync(async db =>
            {
                var v = await db.Vendors.SingleAsync(x => x.Code == code);
                return (v, await db.VendorScores.SingleAsync(s => s.VendorId == v.Id && s.PeriodStart == Month.FirstDay));
            });
            var text = await Pdf.TextAsync(report.Content);

            (await Pdf.PagesAsync(report.Content)).ShouldBeInRange(3, 12);
            text.ShouldContain(vendor.Name);
            text.ShouldContain(score.Composite.ToString("0.0", English));
            text.ShouldContain($"{score.BonusMalus.ToString("N2", English)} {score.Currency}");
            text.ShouldContain("Executive summary");
            text.ShouldContain("Bonus/malus statement");
            text.ShouldContain(ReportTemplate.Version);
        }
    }

    [Test]
    public async Task A_report_is_stored_once_per_vendor_period_and_language_with_its_hash_and_template_version()
    {
        var first = await RenderAsync("ATLAS");
        var again = await RenderAsync("ATLAS");
        var french = await RenderAsync("ATLAS", "fr");

        var stored = await Portal.QueryAsync(db => db.Reports.Where(r => r.VendorId == first.VendorId && r.PeriodStart == Month.FirstDay).ToListAsync());
        stored.Count.ShouldBe(2);
        again.Id.ShouldBe(first.Id);
        foreach (var r in stored)
        {
            r.TemplateVersion.ShouldBe(ReportTemplate.Version);
            r.Size.ShouldBe(r.Content.Length);
            r.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(r.Content)));
            Pdf.LooksLikePdf(r.Content).ShouldBeTrue();
        }
        var text = await Pdf.TextAsync(french.Content);
        text.ShouldContain("Synthèse");
        text.ShouldContain("Relevé bonus/malus");
    }

    [Test]
    public async Task A_french_report_prints_its_findings_in_french_and_an_english_one_in_english()
    {
        var finding = await Portal.QueryAsync(async db =>
        {
            var f = await db.Findings.Where(x => x.PeriodStart == Month.FirstDay && x.Status != FindingStatus.Dismissed).OrderBy(x => x.Id).FirstAsync();
            if (f.Status == FindingStatus.Open) f.Confirm("auditor", "checked on the calls", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return f;
        });
        var code = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Id == finding.VendorId).Select(v => v.Code).SingleAsync());
        var french = Pdf.Flatten(await Pdf.TextAsync((await RenderAsync(code, "fr")).Content));
        var english = Pdf.Flatten(await Pdf.TextAsync((await RenderAsync(code)).Content));

        var summaryFr = finding.Evidence.SummaryFr.ShouldNotBeNull();
        french.ShouldContain(Pdf.Flatten(summaryFr)[..40]);
        french.ShouldNotContain(Pdf.Flatten(finding.Evidence.Summary)[..40]);
        english.ShouldContain(Pdf.Flatten(finding.Evidence.Summary)[..40]);
    }

    [Test]
    public async Task Every_chart_series_of_the_detected_findings_has_a_french_label()
    {
        var charts = await Portal.QueryAsync(db => db.Findings.AsNoTracking().Select(f => f.Evidence.Chart).ToListAsync());
        var series = charts.SelectMany(c => c).Select(p => p.Series).OfType<string>().Distinct().ToList();
        series.Count.ShouldBeGreaterThan(5);
        var french = ReportText.For("fr");
        series.Where(s => s != "agent" && french[s] == s).ShouldBeEmpty("chart series printed in English in French reports");
    }

    [Test]
    public async Task A_hostile_vendor_and_agent_name_is_printed_literally_and_the_page_requests_nothing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var agent = $"<img src=http://127.0.0.1:{port}/agent><script>fetch('http://127.0.0.1:{port}/js')</script>";
        using var system = SystemScope.Enter();
        await using var scope = Portal.Services.CreateAsyncScope();
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "CEDAR").Select(v => v.Id).SingleAsync());
        var model = (await scope.ServiceProvider.GetRequiredService<ReportService>().ModelAsync(vendorId, Month, "en"))!;
        var hostile = model with
        {
            Vendor = new Vendor("EVIL", Hostile, $"<link rel=stylesheet href=http://127.0.0.1:{port}/css>"),
            Findings = [new ReportFinding(1, FindingKinds.AgentHangup, agent, 10, 0.4, 1e-6, $"{agent} hung up", [new ChartPoint { X = 1, Y = 2, Series = agent }], [agent], null, agent)],
        };

        var pdf = await scope.ServiceProvider.GetRequiredService<IPdfRenderer>().RenderAsync(ContractReviewHtml.Build(hostile));

        pdf.RequestsAttempted.ShouldBe(0);
        listener.Pending().ShouldBeFalse("something reached the listener");
        var text = await Pdf.TextAsync(pdf.Content);
        text.ShouldContain(Hostile);
        text.ShouldContain($"<img src=http://127.0.0.1:{port}/agent>");
    }

    [Test]
    public async Task Even_unencoded_markup_cannot_reach_the_network_from_the_page()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var renderer = Portal.Services.GetRequiredService<IPdfRenderer>();
        var html = $"<html><body><p>raw</p><img src=\"http://127.0.0.1:{port}/img\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/css\"></body></html>";

        var pdf = await renderer.RenderAsync(new PdfDocument(html, "<span></span>", "<span></span>"));

        Pdf.LooksLikePdf(pdf.Content).ShouldBeTrue();
        pdf.RequestsAttempted.ShouldBeGreaterThanOrEqualTo(1); // it tried, and was refused
        listener.Pending().ShouldBeFalse("a request left the page");
    }

    [Test]
    public async Task A_vendor_user_downloads_their_own_report_as_an_attachment_but_not_another_vendors()
    {
        var own = await RenderAsync("BLUEBAY");
        var other = await RenderAsync("NORTHWIND");
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser("BLUEBAY"));

        var mine = await visitor.GetAsync($"/reports/{own.Id}");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        mine.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        Pdf.LooksLikePdf(await mine.Content.ReadAsByteArrayAsync()).ShouldBeTrue();
        (await visitor.GetAsync($"/reports/{other.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var list = await (await visitor.GetAsync("/reports")).Content.ReadAsStringAsync();
        list.ShouldContain($"/reports/{own.Id}");
        list.ShouldNotContain($"/reports/{other.Id}\"");
        list.ShouldNotContain("render-form");
    }

    [Test]
    public async Task Procurement_renders_a_report_from_the_portal()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "DUNMORE").Select(v => v.Id).SingleAsync());
        var response = await visitor.PostFormAsync("/reports/render",
            new() { ["vendorId"] = vendorId.ToString(CultureInfo.InvariantCulture), ["period"] = Month.ToString(), ["language"] = "fr" }, "/reports");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Portal.QueryAsync(db => db.Reports.CountAsync(r => r.VendorId == vendorId && r.Language == "fr"))).ShouldBe(1);
    }
}
