using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAudit.Benchmarks.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Benchmarks.Scores;

/// <summary>
/// The score figures' period: of the audit figures' three months (their 1M calls and 100k scorecards),
/// the one with the most calls and random-sample scorecards, with every vendor's scores computed for it.
/// </summary>
public static class ScoredPeriod
{
    /// <summary>The audit data's busiest period, prepared first when this run has not yet.</summary>
    public static async Task<(AuditData Data, Period Period)> BusiestAsync(BenchContext context)
    {
        var data = await context.AuditDataAsync();
        await using var connection = new NpgsqlConnection(context.Database.RunnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.month FROM
              (SELECT date_trunc('month', started_at AT TIME ZONE 'UTC')::date AS month, count(*) AS n FROM calls GROUP BY 1) c
              LEFT JOIN (SELECT sc.period_start AS month, count(*) AS n FROM scorecards s JOIN sampled_calls sc ON sc.id = s.sampled_call_id
                          GROUP BY 1) s ON s.month = c.month
            ORDER BY c.n + coalesce(s.n, 0) DESC, c.month DESC LIMIT 1
            """, connection) { CommandTimeout = 600 };
        var month = (DateOnly)(await command.ExecuteScalarAsync() ?? throw new BenchException("The bench database has no calls."));
        return (data, Period.Of(month));
    }

    /// <summary>The busiest period with its scores stored, recomputed in this process (as the scores job does) when they are missing.</summary>
    public static async Task<(AuditData Data, Period Period, int Vendors)> ScoredAsync(BenchContext context)
    {
        var (data, period) = await BusiestAsync(context);
        await using (var connection = new NpgsqlConnection(context.Database.RunnerConnectionString))
        {
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM vendor_period_scores WHERE period_start = $1", connection);
            count.Parameters.Add(new NpgsqlParameter { Value = period.FirstDay });
            var stored = Convert.ToInt32(await count.ExecuteScalarAsync());
            if (stored > 0) return (data, period, stored);
        }
        var watch = Stopwatch.StartNew();
        using var host = BenchHost.Build(context.Database.ConnectionString);
        var summary = await RecomputeAsync(host.Services, period);
        BenchContext.Log($"scores of {period} computed for {summary.Vendors} vendors from {summary.Scorecards:N0} scorecards in {watch.Elapsed.TotalSeconds:N1} s");
        return (data, period, summary.Vendors);
    }

    /// <summary>One recompute as the scores job runs it: the system's own work, in a scope of its own.</summary>
    public static async Task<ScoringSummary> RecomputeAsync(IServiceProvider services, Period period)
    {
        using var _ = SystemScope.Enter();
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScoringService>().RecomputeAsync(period);
    }
}
