using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

/// <summary>
/// New calls are copied straight into calls; a file that also holds stored calls is loaded again
/// through staging. Whichever path a file takes, the counts and the stored calls are the same.
/// </summary>
[TestFixture]
public sealed class LoadPathTests : SeededDatabaseFixture
{
    [Test]
    public async Task A_file_of_new_calls_then_stored_ones_imports_only_the_new_and_counts_the_others_as_duplicates()
    {
        var stored = ImportFiles.QueueLog(callsPerMonth: 200, seed: 31);
        var first = await ImportAsync("CEDAR", stored, "first.log");
        var calls = await QueryAsync(db => db.Calls.CountAsync());

        // The new calls come first, so the straight copy has written many rows before it meets a stored one.
        var report = await ImportAsync("CEDAR", ImportFiles.QueueLog(callsPerMonth: 300, seed: 32) + stored, "mixed.log");

        report.Duplicates.ShouldBe(first.Imported);
        report.Imported.ShouldBeGreaterThan(250);
        (report.Imported + report.Duplicates + report.Rejected + report.Incomplete).ShouldBe(report.Total);
        (await QueryAsync(db => db.Calls.CountAsync())).ShouldBe(calls + (int)report.Imported);
        (await QueryAsync(db => db.Calls.CountAsync(c => c.ImportBatchId == report.BatchId))).ShouldBe((int)report.Imported);
        (await QueryAsync(db => db.Calls.CountAsync(c => c.ImportBatchId == report.BatchId && c.ExternalId.StartsWith("31."))))
            .ShouldBe(0);
    }

    [Test]
    public async Task A_call_the_file_repeats_is_imported_once_and_counted_as_a_duplicate()
    {
        const string csv = """
            call_id;start;agent;queue;caller;wait;talk;ended_by;disposition
            R-1;2026-11-05T09:15:00Z;Rita Repeat;Billing;+33612345678;12;240;caller;answered
            R-2;2026-11-05T09:20:00Z;Rita Repeat;Billing;+33612345679;10;100;agent;answered
            R-1;2026-11-05T09:15:00Z;Rita Repeat;Billing;+33612345678;12;240;caller;answered
            """;
        var report = await ImportAsync("NORTHWIND", csv, "repeats.csv", ImportFormats.Csv);

        (report.Imported, report.Duplicates).ShouldBe((2L, 1L));
        (await QueryAsync(db => db.Calls.CountAsync(c => c.ExternalId == "R-1"))).ShouldBe(1);
        (await QueryAsync(db => db.Agents.CountAsync(a => a.Name == "Rita Repeat"))).ShouldBe(1);
    }

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

    [Test]
    public async Task Every_field_of_a_call_is_stored_as_the_file_gives_it()
    {
        const string csv = """
            call_id;start;agent;queue;caller;wait;talk;hold;acw;ended_by;transfers;disposition;language;callback_requested
            F-1;2026-11-06T09:15:00.123456+01:00;Zoë Ångström;Déménagement;06 12 34 56 78;12;04:17;15;30;agent;1;transferred;fr;yes
            """;
        (await ImportAsync("ATLAS", csv, "fields.csv", ImportFormats.Csv)).Imported.ShouldBe(1);

        var call = await QueryAsync(db => db.Calls.SingleAsync(c => c.ExternalId == "F-1"));
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 11, 6, 8, 15, 0, TimeSpan.Zero).AddTicks(1_234_560));
        call.Queue.ShouldBe("Déménagement");
        (call.WaitSeconds, call.TalkSeconds, call.HoldSeconds, call.AcwSeconds, call.Transfers).ShouldBe((12, 257, 15, 30, 1));
        (call.Outcome, call.EndedBy).ShouldBe((VendorAudit.Domain.Calls.CallOutcome.Transferred, VendorAudit.Domain.Calls.EndedBy.Agent));
        call.CallerHash.ShouldBe(Host.Services.GetRequiredService<VendorAudit.Infrastructure.Privacy.CallerPseudonymiser>().Hash("+33612345678"));
        (call.Details.Source, call.Details.Language, call.Details.CallbackRequested).ShouldBe(("csv", "fr", true));
        (await QueryAsync(db => db.Agents.SingleAsync(a => a.Id == call.AgentId))).Name.ShouldBe("Zoë Ångström");
    }

    [Test]
    public async Task Details_at_their_default_are_left_out_of_the_stored_document_and_read_back_as_defaults()
    {
        const string csv = """
            call_id;start;agent;queue;caller;wait;talk;ended_by;disposition
            D-1;2026-11-06T10:15:00Z;Dana Default;Billing;+33612345670;12;100;caller;answered
            """;
        (await ImportAsync("ATLAS", csv, "defaults.csv", ImportFormats.Csv)).Imported.ShouldBe(1);

        var keys = await QueryAsync(db => db.Database
            .SqlQuery<string>($"SELECT jsonb_object_keys(details) AS \"Value\" FROM calls WHERE external_id = 'D-1'").ToListAsync());
        keys.ShouldBe(["Source", "Disposition"], ignoreOrder: true);
        var details = (await QueryAsync(db => db.Calls.SingleAsync(c => c.ExternalId == "D-1"))).Details;
        (details.Source, details.Disposition, details.Language, details.RingSeconds, details.CallbackRequested, details.TransferTarget)
            .ShouldBe(("csv", "answered", (string?)null, 0, false, (string?)null));
    }

    [Test]
    public async Task The_callback_facts_are_stored_beside_the_details_on_both_load_paths()
    {
        const string header = "call_id;start;agent;queue;caller;wait;talk;ended_by;disposition;callback_requested;callback_made\n";
        const string first = "CB-1;2026-11-07T09:00:00Z;Cora Back;Billing;+33611111111;12;60;caller;answered;yes;no\n";
        const string second = "CB-2;2026-11-07T10:00:00Z;Cora Back;Billing;+33611111112;12;60;caller;answered;yes;yes\n" +
                              "CB-3;2026-11-07T11:00:00Z;Cora Back;Billing;+33611111113;12;60;caller;answered;no;no\n";
        // The first file is copied straight in; the second repeats CB-1, so it goes through staging.
        (await ImportAsync("DUNMORE", header + first, "callbacks-1.csv", ImportFormats.Csv)).Imported.ShouldBe(1);
        var staged = await ImportAsync("DUNMORE", header + first + second, "callbacks-2.csv", ImportFormats.Csv);
        (staged.Imported, staged.Duplicates).ShouldBe((2L, 1L));

        var calls = await QueryAsync(db => db.Calls.Where(c => c.ExternalId.StartsWith("CB-")).ToListAsync());
        calls.ToDictionary(c => c.ExternalId, c => c.CallbackFlags).ShouldBe(new Dictionary<string, CallbackFlags>
        {
            ["CB-1"] = CallbackFlags.Requested,
            ["CB-2"] = CallbackFlags.Requested | CallbackFlags.Made,
            ["CB-3"] = CallbackFlags.None,
        }, ignoreOrder: true);
        foreach (var call in calls) call.CallbackFlags.ShouldBe(CallbackFlagsOf.Details(call.Details), call.ExternalId);
    }

    private async Task<ImportReport> ImportAsync(string vendor, string content, string fileName, string format = ImportFormats.QueueLog)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest(vendor, format, fileName), ImportFiles.Stream(content));
    }
}
