using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Privacy;
using VendorAudit.Seed;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Web.Tests.Imports.Connect;
using VendorAudit.Web.Tests.Imports.Csv;

namespace VendorAudit.Web.Tests.Security;

/// <summary>
/// Files of every format go through the portal's upload, good lines and bad; afterwards no caller's number is
/// anywhere: not in any column of any table, not in any log line, not in the uploaded file left on disk.
/// </summary>
[TestFixture]
public sealed class RawPhoneScanTests : PortalFixture
{
    [Test]
    public async Task No_raw_caller_number_is_left_in_the_database_the_logs_or_the_upload_folder()
    {
        var numbers = new List<string>();
        var generator = new DemoDataGenerator(new DemoOptions(77, new Period(2026, 11), 1, 40));
        var queueCalls = generator.Calls(generator.Vendors[0]).Select(c => c with { ExternalId = "scan." + c.ExternalId }).ToList();
        numbers.AddRange(queueCalls.Select(c => c.CallerNumber).Distinct());
        var queueLog = string.Join('\n', QueueLogExport.Lines(queueCalls)) + "\n";

        string[] csvCallers = ["+33 6 98 76 54 31", "06.98.76.54.32", "+33698765433"];
        numbers.AddRange(csvCallers);
        var csv = string.Join('\n',
            CsvFiles.Header,
            $"scan-c1,Marie Dupont,Billing,{csvCallers[0]},2026-11-02T09:00:00+01:00,12,240,15,30,caller,0,answered",
            $"scan-c2,Marie Dupont,Billing,{csvCallers[1]},2026-11-02T10:00:00+01:00,8,200,0,20,agent,0,answered",
            $"scan-c3,Marie Dupont,Billing,{csvCallers[2]},not-a-date,8,200,0,20,agent,0,answered") + "\n";

        string[] connectCallers = ["+447700900555", "+447700900556"];
        numbers.AddRange(connectCallers);
        var connect = ConnectRecords.Lines(
            ConnectRecords.Answered("scan-ctr-1", "2026-11-03T09:10:00Z")
                .With("InitiationTimestamp", "2026-11-03T09:00:00Z")
                .With("CustomerEndpoint", new JsonObject { ["Address"] = connectCallers[0], ["Type"] = "TELEPHONE_NUMBER" }),
            ConnectRecords.Answered("scan-ctr-2")
                .With("InitiationTimestamp", "yesterday")
                .With("CustomerEndpoint", new JsonObject { ["Address"] = connectCallers[1], ["Type"] = "TELEPHONE_NUMBER" }));

        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        (await auditor.UploadCallsAsync("ATLAS", "queue.log", "queue_log", queueLog)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await auditor.UploadCallsAsync("BLUEBAY", "calls.csv", "csv", csv)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        (await auditor.UploadCallsAsync("CEDAR", "ctr.jsonl", "connect-ctr", connect)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var uploads = await WaitForUploadsAsync(3);
        uploads.ShouldAllBe(u => u.Status == UploadStatus.Done, string.Join("; ", uploads.Select(u => u.Message)));
        (await Portal.QueryAsync(db => db.ImportBatches.SumAsync(b => b.Rejected))).ShouldBeGreaterThanOrEqualTo(2, "the bad lines were read, and rejected");

        var forms = numbers.SelectMany(Forms).Distinct().ToList();
        forms.Count.ShouldBeGreaterThan(40);
        (await TablesContainingAsync(forms)).ShouldBeEmpty();
        Portal.Logs.Lines.Count.ShouldBeGreaterThan(10);
        Portal.Logs.Lines.Where(line => forms.Any(line.Contains)).ShouldBeEmpty();
        uploads.Where(u => File.Exists(u.StoredAs)).Select(u => u.StoredAs).ShouldBeEmpty("uploaded files are deleted once imported");
    }

    /// <summary>The number as written, its E.164 form (what is hashed), and its digits without the country code.</summary>
    private static IEnumerable<string> Forms(string raw)
    {
        yield return raw;
        if (!PhoneNumber.TryNormalise(raw, "+33", out var e164)) yield break;
        yield return e164;
        yield return e164[3..]; // the national significant number: 9 or 10 digits, no false matches in ids or times
    }

    /// <summary>Every base table, each row read whole as text: which of them hold any of the forms.</summary>
    private async Task<List<string>> TablesContainingAsync(IReadOnlyList<string> forms)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.For(Portal.Database));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        tables.ShouldContain("calls");
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var scan = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" t WHERE t::text LIKE ANY (@patterns)", connection);
            scan.Parameters.AddWithValue("patterns", forms.Select(f => "%" + f.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%").ToArray());
            if ((long)(await scan.ExecuteScalarAsync())! > 0) found.Add(table);
        }
        return found;
    }

    private Task<List<ImportUpload>> WaitForUploadsAsync(int count) =>
        Poll.UntilAsync(() => Portal.QueryAsync(db => db.ImportUploads.AsNoTracking().ToListAsync()),
            uploads => uploads.Count >= count && uploads.All(u => u.IsFinished), TimeSpan.FromSeconds(90),
            uploads => "The uploads were not imported in time: " + string.Join("; ", uploads.Select(u => $"{u.FileName} {u.Status}")));

}
