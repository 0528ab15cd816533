using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Scoring;

/// <summary>What one vendor-period's scores are computed from, every figure summed by PostgreSQL.</summary>
public sealed record VendorInputs(int VendorId, DimensionSample Language, DimensionSample Empathy, DimensionSample Resolution,
    DimensionSample Compliance, CallTotals Totals, double? RepeatContactRate, Contract? Contract, IReadOnlyList<ConfirmedAbuse> Confirmed);

/// <summary>
/// Reads a period's inputs in a handful of set-based queries (never per call): the random-sample
/// scorecards' n, mean and variance per dimension, the call totals, the 72 h repeat-contact rate, the
/// contract in force and the confirmed findings.
/// </summary>
public sealed class ScoreInputs(VendorAuditDbContext db, CallTotalsQuery totals)
{
    public const int RepeatWindowHours = 72;

    private sealed record DimensionRow(int VendorId, int NL, double? ML, double? VL, int NE, double? ME, double? VE,
        int NR, double? MR, double? VR, int NC, double? MC, double? VC);

    private sealed record RateRow(int VendorId, double Rate);

    public async Task<IReadOnlyList<VendorInputs>> ReadAsync(Period period, CancellationToken cancellationToken)
    {
        var first = period.FirstDay;
        // Only the random sample: targeted calls are evidence, calibration grades auditors, drafts are not scores.
        var dimensions = await db.Database.SqlQuery<DimensionRow>($"""
            SELECT s.vendor_id AS "VendorId",
                   count(s.language)::int AS "NL", avg(s.language)::float8 AS "ML", var_samp(s.language)::float8 AS "VL",
                   count(s.empathy)::int AS "NE", avg(s.empathy)::float8 AS "ME", var_samp(s.empathy)::float8 AS "VE",
                   count(s.resolution)::int AS "NR", avg(s.resolution)::float8 AS "MR", var_samp(s.resolution)::float8 AS "VR",
                   count(s.compliance)::int AS "NC", avg(s.compliance)::float8 AS "MC", var_samp(s.compliance)::float8 AS "VC"
            FROM scorecards s JOIN sampled_calls sc ON sc.id = s.sampled_call_id
            WHERE s.sample_kind = 0 AND s.status <> 0 AND sc.period_start = {first}
            GROUP BY s.vendor_id
            """).ToDictionaryAsync(r => r.VendorId, cancellationToken);
        var calls = await totals.PerVendorAsync(period, cancellationToken: cancellationToken);
        var repeats = await RepeatRatesAsync(period, cancellationToken);
        var contracts = (await db.Contracts.AsNoTracking().Where(c => c.EffectiveFrom <= first).ToListAsync(cancellationToken))
            .GroupBy(c => c.VendorId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!);
        var confirmed = (await db.Findings.AsNoTracking().Where(f => f.PeriodStart == first && f.Status == FindingStatus.Confirmed)
                .Select(f => new { f.VendorId, f.Id, f.Kind, f.AgentId }).ToListAsync(cancellationToken))
            .ToLookup(f => f.VendorId, f => new ConfirmedAbuse(f.Id, f.Kind, f.AgentId is null));

        return calls.Keys.Union(dimensions.Keys).Order().Select(vendorId =>
        {
            var d = dimensions.GetValueOrDefault(vendorId);
            return new VendorInputs(vendorId,
                Sample(d?.NL, d?.ML, d?.VL), Sample(d?.NE, d?.ME, d?.VE), Sample(d?.NR, d?.MR, d?.VR), Sample(d?.NC, d?.MC, d?.VC),
                calls.GetValueOrDefault(vendorId, CallTotals.None), repeats.TryGetValue(vendorId, out var r) ? r : null,
                contracts.GetValueOrDefault(vendorId), confirmed[vendorId].ToList());
        }).ToList();
    }

    private static DimensionSample Sample(int? n, double? mean, double? variance) =>
        new(n ?? 0, mean ?? 0, variance ?? 0);

    /// <summary>Share of answered calls whose caller called the same vendor again within 72 h (one window pass, no per-call probe).</summary>
    private async Task<Dictionary<int, double>> RepeatRatesAsync(Period period, CancellationToken cancellationToken)
    {
        var (start, end, horizon) = (period.StartUtc, period.EndUtc, period.EndUtc.AddHours(RepeatWindowHours));
        var window = TimeSpan.FromHours(RepeatWindowHours);
        var rows = await db.Database.SqlQuery<RateRow>($"""
            SELECT vendor_id AS "VendorId",
                   avg(CASE WHEN next_at IS NOT NULL AND next_at <= started_at + {window} THEN 1.0 ELSE 0.0 END)::float8 AS "Rate"
            FROM (SELECT vendor_id, started_at, outcome,
                         lead(started_at) OVER (PARTITION BY vendor_id, caller_hash ORDER BY started_at) AS next_at
                  FROM calls WHERE started_at >= {start} AND started_at < {horizon} AND caller_hash IS NOT NULL) x
            WHERE started_at < {end} AND outcome IN (0, 5)
            GROUP BY vendor_id
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.VendorId, r => r.Rate);
    }
}
