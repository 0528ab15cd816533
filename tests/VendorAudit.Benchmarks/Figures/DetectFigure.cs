using System.Runtime;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using VendorAudit.Infrastructure;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Domain.Periods;
using VendorAudit.Seed;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// Seconds for <c>vendoraudit detect</c> to run every detector over one month of the base call count
/// (five vendors, imported first through the real path), against one <c>GROUP BY vendor, agent</c>
/// aggregation pass over the same calls: detection may cost at most five such passes.
/// The table is vacuumed and analysed after the import, as autovacuum would soon after such a load:
/// otherwise the first side to read the fresh rows pays for setting their hint bits (and may race
/// autovacuum for the two cores) and the other side reads them for free. Each side is the median
/// of three runs. Before them, detection warms up on a small month of its own (every vendor, pass after
/// pass, so that findings are stored and refreshed) until the JIT has settled, as the portal's nightly job
/// runs in a process that has detected many times before: the timed month is still read cold by the first run.
/// </summary>
public sealed class DetectFigure : IFigure
{
    private const double Goal = 0.2;
    private const int Runs = 3;
    private const int WarmUpCalls = 10_000;
    private const int SettledCompilations = 50;
    private const int MaxWarmUpPasses = 15;
    private static readonly Period Month = new(2026, 8);

    public string Name => "detect";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        await context.Database.RecreateAsync(context.Cli);
        var generator = new DemoDataGenerator(new DemoOptions(20261122, Month, 1, context.Calls / 5));
        var imported = 0L;
        foreach (var vendor in generator.Vendors) await ImportAsync(context, generator, vendor, Month);
        // The warm-up's month: a small one of every vendor, so that warming up reads and detects real calls and
        // stores findings (without, the whole of storing them is compiled in the first timed runs).
        var warmUp = new DemoDataGenerator(new DemoOptions(20261121, Month.Previous(), 1, WarmUpCalls));
        foreach (var vendor in warmUp.Vendors) await ImportAsync(context, warmUp, vendor, Month.Previous());
        imported = await ScalarAsync(context, $"SELECT count(*) FROM calls WHERE started_at >= '{Month.StartUtc:O}'");
        await ScalarAsync(context, "VACUUM (ANALYZE) calls");
        BenchContext.Log($"{imported:N0} calls in {Month}, vacuumed and analysed; running every detector over them");

        // In this process, like the limit: the detection service as the jobs run it, reading from PostgreSQL
        // and storing the findings, without a process start in the figure.
        var seconds = await DetectEveryVendorAsync(context);
        BenchContext.Log($"detection took {seconds:N2} s");

        var passes = await Timing.SecondsAsync(Runs, () => ScalarAsync(context, """
            SELECT count(*) FROM (
              SELECT vendor_id, agent_id, count(*), sum(talk_seconds), sum(wait_seconds),
                     count(*) FILTER (WHERE ended_by = 2 AND talk_seconds <= 10), count(*) FILTER (WHERE transfers > 0)
                FROM calls WHERE started_at >= '2026-08-01' AND started_at < '2026-09-01'
               GROUP BY vendor_id, agent_id) per_agent
            """));
        var limit = Timing.Median(passes);
        BenchContext.Log($"one GROUP BY vendor, agent pass took {limit:N2} s (median of {string.Join(", ", passes.Select(p => p.ToString("N2")))})");

        var ratio = limit / seconds;
        return [new BenchResult(Name, seconds, "s", limit, ratio, $"ratio >= {Goal}", ratio >= Goal)];
    }

    private static async Task<double> DetectEveryVendorAsync(BenchContext context)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Production" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:VendorAudit"] = context.Database.ConnectionString,
            ["VendorAudit:CallerHashKey"] = VendorAuditCli.CallerHashKey,
        });
        builder.AddInfrastructure();
        builder.Services.AddSingleton<IVendorScope, AllVendorsScope>();
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var vendorIds = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors.Select(v => v.Id).ToListAsync();
        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        await WarmUpAsync(detection, vendorIds);
        // Later runs find the first run's findings and refresh them, as the nightly run does.
        var compilations = new List<long>();
        var runs = await Timing.SecondsAsync(Runs, async () =>
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            foreach (var vendorId in vendorIds) await detection.DetectAsync(vendorId, Month);
            compilations.Add(JitInfo.GetCompiledMethodCount() - compiled);
        });
        BenchContext.Log($"detection runs: {string.Join(", ", runs.Select(r => r.ToString("N2")))} s " +
            $"(methods compiled during them: {string.Join(", ", compilations)})");
        return Timing.Median(runs);
    }

    /// <summary>
    /// Detection over the small month, pass after pass as the nightly job runs (the first stores findings, the
    /// next refresh them), until the JIT has settled: EF model, JIT and its tiers, connection pool.
    /// </summary>
    private static async Task WarmUpAsync(DetectionService detection, IReadOnlyList<int> vendorIds)
    {
        var findings = 0;
        var compiled = await Timing.UntilCompiledAsync(SettledCompilations, MaxWarmUpPasses, async _ =>
        {
            findings = 0;
            foreach (var vendorId in vendorIds) findings += (await detection.DetectAsync(vendorId, Month.Previous())).Findings;
        });
        BenchContext.Log($"warmed up: {compiled.Count} passes over {Month.Previous()} ({findings} findings), " +
            $"methods compiled per pass: {string.Join(", ", compiled)}");
    }

    private static async Task ImportAsync(BenchContext context, DemoDataGenerator generator, DemoVendor vendor, Period month)
    {
        var path = Path.Combine(context.OutputDirectory, $"detect-{vendor.Code.ToLowerInvariant()}-{month}.log");
        await File.WriteAllLinesAsync(path, QueueLogExport.Lines(generator.Calls(vendor)), new UTF8Encoding(false));
        BenchContext.Log($"importing {vendor.Code}'s {month}");
        var run = await context.Cli.RunAsync("import", "--vendor", vendor.Code, "--format", "queue_log", path, "--no-detect");
        if (run.ExitCode != 0) throw new BenchException($"import of {vendor.Code}'s {month} failed: {run.StandardError}");
        File.Delete(path);
    }

    private static async Task<long> ScalarAsync(BenchContext context, string sql)
    {
        await using var connection = new NpgsqlConnection(context.Database.RunnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
