using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

[TestFixture]
public sealed class CallImporterTests
{
    private string _database = null!;
    private IHost _host = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        _database = await TestDatabases.CreateSeededCopyAsync();
        _host = TestDatabases.BuildHost(_database);
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        _host.Dispose();
        await TestDatabases.DropAsync(_database);
    }

    [Test]
    public async Task A_queue_log_is_imported_whole_with_counts_that_add_up_and_its_new_agents_named_as_in_the_file()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 400, seed: 11);
        var before = await CountAsync(db => db.Calls.CountAsync());

        var report = await ImportAsync("ATLAS", content, "pbx-2026-11.log");

        report.AlreadyImported.ShouldBeFalse();
        report.Imported.ShouldBeGreaterThan(350);
        (report.Imported + report.Duplicates + report.Rejected + report.Incomplete).ShouldBe(report.Total);
        (await CountAsync(db => db.Calls.CountAsync())).ShouldBe(before + (int)report.Imported);
        (await CountAsync(db => db.Agents.CountAsync(a => a.Name.StartsWith("PJSIP/")))).ShouldBeGreaterThan(0);
        (await CountAsync(db => db.Calls.CountAsync(c => c.ImportBatchId == report.BatchId && c.CallerHash == null))).ShouldBe(0);
    }

    [Test]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 200, seed: 12);
        var first = await ImportAsync("ATLAS", content, "again.log");
        var calls = await CountAsync(db => db.Calls.CountAsync());

        var second = await ImportAsync("ATLAS", content, "again-renamed.log");

        second.AlreadyImported.ShouldBeTrue();
        second.BatchId.ShouldBe(first.BatchId);
        second.Imported.ShouldBe(0);
        second.Duplicates.ShouldBe(first.Imported);
        (await CountAsync(db => db.Calls.CountAsync())).ShouldBe(calls);
    }

    [Test]
    public async Task Calls_sent_again_in_another_file_are_counted_as_duplicates()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 200, seed: 13);
        var first = await ImportAsync("CEDAR", content, "day.log");
        var report = await ImportAsync("CEDAR", content + "1794000000|x.1|billing|NONE|CONFIGRELOAD|\n", "day-resent.log");
        report.Imported.ShouldBe(0);
        report.Duplicates.ShouldBe(first.Imported);
    }

    [Test]
    public async Task A_bad_line_is_rejected_with_its_number_and_the_rest_is_imported()
    {
        var lines = ImportFiles.QueueLog(callsPerMonth: 100, seed: 14).Split('\n').ToList();
        lines.Insert(5, "not-a-time|1.1|billing|NONE|ENTERQUEUE||0612345678|1");
        var report = await ImportAsync("BLUEBAY", string.Join('\n', lines), "with-bad-line.log");
        report.Rejected.ShouldBe(1);
        report.RejectedLines.Single().Line.ShouldBe(6);
        report.RejectedLines.Single().Reason.ShouldContain("epoch");
        report.Imported.ShouldBeGreaterThan(80);
    }

    [Test]
    public async Task Strict_mode_refuses_the_whole_file_at_its_first_bad_line_and_imports_nothing()
    {
        var lines = ImportFiles.QueueLog(callsPerMonth: 100, seed: 15).Split('\n').ToList();
        lines.Insert(40, "1794000000|9.9|billing|NONE|CONNECT");
        var calls = await CountAsync(db => db.Calls.CountAsync());
        var batches = await CountAsync(db => db.ImportBatches.CountAsync());

        var error = await Should.ThrowAsync<ImportRefusedException>(() =>
            ImportAsync("BLUEBAY", string.Join('\n', lines), "strict.log", strict: true));

        error.Message.ShouldContain("line 41");
        (await CountAsync(db => db.Calls.CountAsync())).ShouldBe(calls);
        (await CountAsync(db => db.ImportBatches.CountAsync())).ShouldBe(batches);
    }

    [Test]
    public async Task A_file_of_another_format_is_refused_and_nothing_is_imported()
    {
        var batches = await CountAsync(db => db.ImportBatches.CountAsync());
        var error = await Should.ThrowAsync<ImportRefusedException>(() =>
            ImportAsync("ATLAS", """[{"ContactId":"c-1","Channel":"VOICE"}]""", "contacts.json"));
        error.Message.ShouldContain("nothing imported");
        (await CountAsync(db => db.ImportBatches.CountAsync())).ShouldBe(batches);
    }

    [Test]
    public async Task A_vendor_user_cannot_import_into_another_vendor()
    {
        var atlas = await CountAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());
        using var host = TestDatabases.BuildHost(_database, new SingleVendorScope(atlas));
        await using var scope = host.Services.CreateAsyncScope();
        var error = await Should.ThrowAsync<ImportRefusedException>(() => scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest("CEDAR", ImportFormats.QueueLog, "x.log"), ImportFiles.Stream(ImportFiles.QueueLog(50, seed: 16))));
        error.Message.ShouldContain("No vendor has the code 'CEDAR'");
    }

    private async Task<ImportReport> ImportAsync(string vendor, string content, string fileName, bool strict = false)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest(vendor, ImportFormats.QueueLog, fileName, strict), ImportFiles.Stream(content));
    }

    private async Task<T> CountAsync<T>(Func<VendorAuditDbContext, Task<T>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>());
    }
}
