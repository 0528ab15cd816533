using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Cli;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Reports;

[TestFixture, NonParallelizable]
public sealed class ReportCliTests : DemoWorkDatabaseFixture
{
    [Test]
    public async Task Report_scores_an_unscored_period_first_and_writes_a_pdf()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vendoraudit-cli-{Guid.NewGuid():N}.pdf");
        try
        {
            using var host = TestDatabases.BuildHost(Database);
            var exit = await CommandLine.RunAsync(host.Services, ["report", "--vendor", "northwind", "--period", "2026-09", "--lang", "fr", "--out", file]);

            exit.ShouldBe(0);
            var pdf = await File.ReadAllBytesAsync(file);
            Pdf.LooksLikePdf(pdf).ShouldBeTrue();
            (await Pdf.TextAsync(pdf)).ShouldContain("Synthèse");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task Report_refuses_an_unknown_language()
    {
        using var host = TestDatabases.BuildHost(Database);
        await Should.ThrowAsync<UsageException>(() => CommandLine.RunAsync(host.Services, ["report", "--vendor", "ATLAS", "--lang", "de", "--out", "x.pdf"]));
    }
}
