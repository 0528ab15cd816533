using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Imports;

/// <summary>The command line, run as its own process: a kill -9 in the middle of an import, then a clean run.</summary>
[TestFixture, NonParallelizable]
public sealed class InterruptedImportTests
{
    private string _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await TestDatabases.CreateSeededCopyAsync();

    [TearDown]
    public async Task DropDatabase() => await TestDatabases.DropAsync(_database);

    [Test]
    public async Task Killing_an_import_midway_leaves_nothing_and_running_it_again_imports_exactly_once()
    {
        var file = ImportFiles.Write(ImportFiles.QueueLog(callsPerMonth: 60_000, seed: 21));
        try
        {
            var before = await SnapshotAsync();
            using (var import = StartCli("import", "--vendor", "ATLAS", "--format", "queue_log", file))
            {
                await WaitUntilCopyingAsync(import);
                await Task.Delay(Random.Shared.Next(100, 600));
                import.Kill(entireProcessTree: true);
                await import.WaitForExitAsync();
            }
            (await SnapshotAsync()).ShouldBe(before, "a killed import must leave nothing behind");

            var (exit, output, json) = await RunCliAsync("import", "--vendor", "ATLAS", "--format", "queue_log", file, "--json");
            exit.ShouldBe(0, output);
            var after = await SnapshotAsync();
            var imported = after.Calls - before.Calls;
            imported.ShouldBeGreaterThan(50_000);
            json.TrimEnd().Split('\n')[^1].ShouldContain($"\"imported\":{imported},");

            (await RunCliAsync("import", "--vendor", "ATLAS", "--format", "queue_log", file, "--json")).Exit.ShouldBe(0);
            (await SnapshotAsync()).ShouldBe(after, "the same file twice adds nothing");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Twenty kills at random instants of an import's life, from process start to exit (start-up, parsing, the COPY,
    /// the commit, detection after it): each leaves either nothing or the whole file, and a re-run then ends with
    /// exactly the file's calls, once.
    /// </summary>
    [Test]
    public async Task Kill_9_at_twenty_random_points_then_a_rerun_always_ends_with_the_exact_calls()
    {
        const int points = 20;
        var random = new Random(20261202);
        var calibration = ImportFiles.Write(ImportFiles.QueueLog(callsPerMonth: 8_000, seed: 40));
        var watch = Stopwatch.StartNew();
        try { (await RunCliAsync("import", "--vendor", "BLUEBAY", "--format", "queue_log", calibration)).Exit.ShouldBe(0); }
        finally { File.Delete(calibration); }
        var lifetime = watch.Elapsed;
        var outcomes = new List<string>();
        for (var point = 0; point < points; point++)
        {
            var content = ImportFiles.QueueLog(callsPerMonth: 8_000, seed: 41 + point);
            var expected = new QueueLogParser().Parse(ImportFiles.Stream(content)).OfType<CallItem>().Count();
            var file = ImportFiles.Write(content);
            try
            {
                var before = await SnapshotAsync();
                var at = TimeSpan.FromMilliseconds(random.NextDouble() * lifetime.TotalMilliseconds);
                using (var import = StartCli("import", "--vendor", "ATLAS", "--format", "queue_log", file))
                {
                    await Task.WhenAny(import.WaitForExitAsync(), Task.Delay(at));
                    if (!import.HasExited) import.Kill(entireProcessTree: true);
                    await import.WaitForExitAsync();
                }
                var killed = await SnapshotAsync();
                var whole = killed.Calls - before.Calls == expected;
                (killed == before || whole).ShouldBeTrue($"kill at {at.TotalMilliseconds:N0} ms left {killed.Calls - before.Calls} of {expected} calls");
                outcomes.Add(whole ? "whole" : "nothing");
                TestContext.Out.WriteLine($"kill at {at.TotalMilliseconds,6:N0} ms of ~{lifetime.TotalMilliseconds:N0}: {outcomes[^1]}");

                var (exit, output, _) = await RunCliAsync("import", "--vendor", "ATLAS", "--format", "queue_log", file);
                exit.ShouldBe(0, output);
                var after = await SnapshotAsync();
                (after.Calls - before.Calls).ShouldBe(expected, $"after the kill at {at.TotalMilliseconds:N0} ms and a re-run");
                after.Batches.ShouldBe(before.Batches + 1);
            }
            finally
            {
                File.Delete(file);
            }
        }
        (await DuplicateExternalIdsAsync()).ShouldBe(0);
        outcomes.ShouldContain("nothing", "no kill landed before the commit");
    }

    [Test]
    public async Task A_file_of_the_wrong_format_makes_the_command_fail_and_imports_nothing()
    {
        var file = ImportFiles.Write("call_id,start\nA-1,2026-11-02T10:00:00Z\n", ".csv");
        try
        {
            var before = await SnapshotAsync();
            var (exit, output, _) = await RunCliAsync("import", "--vendor", "ATLAS", "--format", "queue_log", file);
            exit.ShouldBe(1);
            output.ShouldContain("refused, nothing imported");
            (await SnapshotAsync()).ShouldBe(before);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private sealed record Snapshot(int Calls, int Batches, int Agents);

    private async Task<Snapshot> SnapshotAsync()
    {
        using var host = TestDatabases.BuildHost(_database);
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        return new Snapshot(await db.Calls.CountAsync(), await db.ImportBatches.CountAsync(), await db.Agents.CountAsync());
    }

    private async Task<long> DuplicateExternalIdsAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabases.For(_database));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM (SELECT vendor_id, external_id FROM calls GROUP BY 1, 2 HAVING count(*) > 1) d", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task WaitUntilCopyingAsync(Process import)
    {
        await using var connection = new Npgsql.NpgsqlConnection(TestDatabases.For(_database));
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !import.HasExited)
        {
            await using var command = new Npgsql.NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() " +
                "AND (query LIKE 'COPY calls%' OR query LIKE 'COPY import_staging%')", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(20);
        }
        Assert.Fail("The import never reached its COPY.");
    }

    private Process StartCli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "vendoraudit.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__VendorAudit"] = TestDatabases.For(_database);
        start.Environment["VendorAudit__CallerHashKey"] = TestDatabases.CallerHashKey;
        return Process.Start(start)!;
    }

    /// <summary>Runs the command to its end; Output is standard output then standard error.</summary>
    private async Task<(int Exit, string Output, string StandardOutput)> RunCliAsync(params string[] args)
    {
        using var process = StartCli(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error, await output);
    }
}
