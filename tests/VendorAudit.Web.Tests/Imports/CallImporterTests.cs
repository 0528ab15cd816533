using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

[TestFixture]
public sealed class CallImporterTests : SeededDatabaseFixture
{
    [Test]
    public async Task A_queue_log_is_imported_whole_with_counts_that_add_up_and_its_new_agents_named_as_in_the_file()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 400, seed: 11);
        var before = await QueryAsync(db => db.Calls.CountAsync());

        var report = await ImportAsync("ATLAS", content, "pbx-2026-11.log");

        report.AlreadyImported.ShouldBeFalse();
        report.Imported.ShouldBeGreaterThan(350);
        (report.Imported + report.Duplicates + report.Rejected + report.Incomplete).ShouldBe(report.Total);
        (await QueryAsync(db => db.Calls.CountAsync())).ShouldBe(before + (int)report.Imported);
        (await QueryAsync(db => db.Agents.CountAsync(a => a.Name.StartsWith("PJSIP/")))).ShouldBeGreaterThan(0);
        (await QueryAsync(db => db.Calls.CountAsync(c => c.ImportBatchId == report.BatchId && c.CallerHash == null))).ShouldBe(0);
    }

    [Test]
    public async Task Importing_the_same_file_again_adds_nothing()
    {
        var content = ImportFiles.QueueLog(callsPerMonth: 200, seed: 12);
        var first = await ImportAsync("ATLAS", content, "again.log");
        var calls = await QueryAsync(db => db.Calls.CountAsync());

        var second = await ImportAsync("ATLAS", content, "again-renamed.log");

        second.AlreadyImported.ShouldBeTrue();
        second.BatchId.ShouldBe(first.BatchId);
        second.Imported.ShouldBe(0);
        second.Duplicates.ShouldBe(first.Imported);
        (await QueryAsync(db => db.Calls.CountAsync())).ShouldBe(calls);
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
        var calls = await QueryAsync(db => db.Calls.CountAsync());
        var batches = await QueryAsync(db => db.ImportBatches.CountAsync());

        var error = await Should.ThrowAsync<ImportRefusedException>(() =>
            ImportAsync("BLUEBAY", string.Join('\n', lines), "strict.log", strict: true));

        error.Message.ShouldContain("line 41");
        (await QueryAsync(db => db.Calls.CountAsync())).ShouldBe(calls);
        (await QueryAsync(db => db.ImportBatches.CountAsync())).ShouldBe(batches);
    }

    [Test]
    public async Task A_file_of_another_format_is_refused_and_nothing_is_imported()
    {
        var batches = await QueryAsync(db => db.ImportBatches.CountAsync());
        var error = await Should.ThrowAsync<ImportRefusedException>(() =>
            ImportAsync("ATLAS", """[{"ContactId":"c-1","Channel":"VOICE"}]""", "contacts.json"));
        error.Message.ShouldContain("nothing imported");
        (await QueryAsync(db => db.ImportBatches.CountAsync())).ShouldBe(batches);
    }

    [Test]
    public async Task A_vendor_user_cannot_import_into_another_vendor()
    {
        var atlas = await QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());
        using var host = TestDatabases.BuildHost(Database, new SingleVendorScope(atlas));
        await using var scope = host.Services.CreateAsyncScope();
        var error = await Should.ThrowAsync<ImportRefusedException>(() => scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest("CEDAR", ImportFormats.QueueLog, "x.log"), ImportFiles.Stream(ImportFiles.QueueLog(50, seed: 16))));
        error.Message.ShouldContain("No vendor has the code 'CEDAR'");
    }

    [Test]
    public async Task A_csv_export_goes_through_the_same_path_with_its_bad_row_named()
    {
        const string csv = """
            call_id;start;agent;queue;caller;wait;talk;ended_by;disposition
            C-1;2026-11-03T09:15:00+01:00;Marie Dupont;Billing;+33612345678;12;240;caller;answered
            C-2;2026-11-03 08:16:40;;Billing;0698765432;95;0;caller;abandoned
            C-3;yesterday;Marie Dupont;Billing;+33612345678;12;240;caller;answered
            """;
        var report = await ImportAsync("NORTHWIND", csv, "northwind.csv", format: ImportFormats.Csv);
        (report.Imported, report.Rejected).ShouldBe((2L, 1L));
        report.RejectedLines.Single().Line.ShouldBe(4);
        (await QueryAsync(db => db.Agents.CountAsync(a => a.Name == "Marie Dupont"))).ShouldBe(1);
    }

    [Test]
    public async Task Connect_records_delivered_twice_become_one_call_with_the_latest_version()
    {
        const string ctr = """
            {"ContactId":"ctr-1","Channel":"VOICE","InitiationMethod":"INBOUND","InitiationTimestamp":"2026-11-04T10:00:00Z","LastUpdateTimestamp":"2026-11-04T10:06:00Z","DisconnectReason":"AGENT_DISCONNECT","Queue":{"Name":"Billing","Duration":14},"Agent":{"Username":"j.smith","ConnectedToAgentTimestamp":"2026-11-04T10:00:14Z","AgentInteractionDuration":8,"CustomerHoldDuration":0,"AfterContactWorkDuration":20,"NumberOfHolds":0},"CustomerEndpoint":{"Address":"+447700900123","Type":"TELEPHONE_NUMBER"}}
            {"ContactId":"ctr-1","Channel":"VOICE","InitiationMethod":"INBOUND","InitiationTimestamp":"2026-11-04T10:00:00Z","LastUpdateTimestamp":"2026-11-04T10:01:00Z","DisconnectReason":"CUSTOMER_DISCONNECT","Queue":{"Name":"Billing","Duration":14},"Agent":{"Username":"j.smith","ConnectedToAgentTimestamp":"2026-11-04T10:00:14Z","AgentInteractionDuration":8,"CustomerHoldDuration":0,"AfterContactWorkDuration":0,"NumberOfHolds":0},"CustomerEndpoint":{"Address":"+447700900123","Type":"TELEPHONE_NUMBER"}}
            """;
        var report = await ImportAsync("DUNMORE", ctr, "ctr.jsonl", format: ImportFormats.ConnectCtr);
        report.Imported.ShouldBe(1);
        var call = await QueryAsync(db => db.Calls.SingleAsync(c => c.ExternalId == "ctr-1"));
        call.EndedBy.ShouldBe(VendorAudit.Domain.Calls.EndedBy.Agent);
        call.AcwSeconds.ShouldBe(20);
    }

    private async Task<ImportReport> ImportAsync(string vendor, string content, string fileName, bool strict = false, string format = ImportFormats.QueueLog)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest(vendor, format, fileName, strict), ImportFiles.Stream(content));
    }
}
