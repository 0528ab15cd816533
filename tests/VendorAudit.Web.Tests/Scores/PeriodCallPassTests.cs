using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Scores;

/// <summary>
/// The scores job's single pass over a period's calls gives what the pages' SQL gives: the same totals as the
/// <c>GROUP BY</c> behind the home and vendor pages, and the repeat-contact rate of a window query over the same rows.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class PeriodCallPassTests : SeededDatabaseFixture
{
    private sealed record RateRow(int VendorId, double Rate);

    [Test]
    public async Task The_pass_sums_each_vendors_calls_as_the_sql_totals_do()
    {
        var period = await LatestFullPeriodAsync();
        // The contract in force sets each vendor's service-level threshold, on both sides.
        var thresholds = await QueryAsync(async db => (await db.Contracts.Where(c => c.EffectiveFrom <= period.FirstDay).ToListAsync())
            .GroupBy(c => c.VendorId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!.ServiceLevelThresholdSeconds));
        var pass = await QueryAsync(db => PeriodCallPass.ReadAsync(db, period,
            v => thresholds.GetValueOrDefault(v, ContractTargets.Standard.ServiceLevelThresholdSeconds), CancellationToken.None));
        var sql = await QueryAsync(db => new CallTotalsQuery(db).PerVendorAsync(period));

        pass.Count.ShouldBe(5);
        pass.Keys.Order().ShouldBe(sql.Keys.Order());
        foreach (var (vendorId, calls) in pass) calls.Totals.ShouldBe(sql[vendorId], $"vendor {vendorId}");
    }

    [Test]
    public async Task The_repeat_rate_is_what_a_window_over_the_same_calls_finds()
    {
        var period = await LatestFullPeriodAsync();
        var pass = await QueryAsync(db => PeriodCallPass.ReadAsync(db, period, _ => 20, CancellationToken.None));
        var (start, end, horizon) = (period.StartUtc, period.EndUtc, period.EndUtc.AddHours(72));
        var window = TimeSpan.FromHours(72);
        var reference = await QueryAsync(db => db.Database.SqlQuery<RateRow>($"""
            SELECT vendor_id AS "VendorId",
                   avg(CASE WHEN next_at IS NOT NULL AND next_at <= started_at + {window} THEN 1.0 ELSE 0.0 END)::float8 AS "Rate"
            FROM (SELECT vendor_id, started_at, outcome,
                         lead(started_at) OVER (PARTITION BY vendor_id, caller_hash ORDER BY started_at) AS next_at
                  FROM calls WHERE started_at >= {start} AND started_at < {horizon} AND caller_hash IS NOT NULL) x
            WHERE started_at < {end} AND outcome IN (0, 5)
            GROUP BY vendor_id
            """).ToListAsync());

        reference.Count.ShouldBe(5);
        reference.ShouldAllBe(r => r.Rate > 0);
        foreach (var row in reference) pass[row.VendorId].RepeatContactRate!.Value.ShouldBe(row.Rate, 1e-12, $"vendor {row.VendorId}");
    }

    /// <summary>The demo's second-to-last month: it has calls in the 72 h after it, so the window's edge is exercised.</summary>
    private Task<Period> LatestFullPeriodAsync() =>
        QueryAsync(async db => Period.Of(await db.Calls.MaxAsync(c => c.StartedAt)).Previous());
}
