using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

/// <summary>What the load of a file reports beyond its counts.</summary>
[TestFixture]
public sealed class LoadPathTests : SeededDatabaseFixture
{
    [Test]
    public async Task An_import_names_the_months_its_new_calls_fall_in_and_a_resent_file_none()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 100, seed: 33, months: 2);
        var report = await ImportAsync("BLUEBAY", content, "two-months.log");
        report.Periods.ShouldBe([new Period(2026, 11), new Period(2026, 12)]);

        var resent = await ImportAsync("BLUEBAY", content + "1794000000|x.1|billing|NONE|CONFIGRELOAD|\n", "two-months-again.log");
        resent.Imported.ShouldBe(0);
        resent.Periods.ShouldBeEmpty();
    }

    private async Task<ImportReport> ImportAsync(string vendor, string content, string fileName, string format = ImportFormats.QueueLog)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest(vendor, format, fileName), ImportFiles.Stream(content));
    }
}
