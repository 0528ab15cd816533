using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Cli;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Reports;

[TestFixture, NonParallelizable]
public sealed class ReportCliTests
{
    private string _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await TestDatabases.CreateSeededCopyAsync();
        using var host = TestDatabases.BuildHost(_database);
        await using var scope = host.Services.CreateAsyncScope();
        await DemoWork.RunAsync(scope.ServiceProvider);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await TestDatabases.DropAsync(_database);

    [Test]
    public async Task Report_scores_an_unscored_period_first_and_writes_a_pdf()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vendoraudit-cli-{Guid.NewGuid():N}.pdf");
        try
        {
            using var host = TestDatabases.BuildHost(_database);
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
        using var host = TestDatabases.BuildHost(_database);
        await Should.ThrowAsync<UsageException>(() => CommandLine.RunAsync(host.Services, ["report", "--vendor", "ATLAS", "--lang", "de", "--out", "x.pdf"]));
    }
}
