using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Scoring;

/// <summary>What one vendor-period's scores are computed from, every figure summed by PostgreSQL.</summary>
public sealed record VendorInputs(int VendorId, DimensionSample Language, DimensionSample Empathy, DimensionSample Resolution,
    DimensionSample Compliance, CallTotals Totals, double? RepeatContactRate, Contract? Contract, IReadOnlyList<ConfirmedAbuse> Confirmed);

/// <summary>
/// Reads a period's inputs in a handful of set-based queries (never a query per call): the random-sample
/// scorecards' n, mean and variance per dimension, summed by PostgreSQL; one pass over the period's calls (and
/// the repeat window after it) that sums the call totals and counts the repeat contacts as it goes; the
/// contract in force and the confirmed findings. Runs as a trusted process, across every vendor.
/// </summary>
public sealed class ScoreInputs(VendorAuditDbContext db)
{
    private sealed record DimensionRow(int VendorId, int NL, double? ML, double? VL, int NE, double? ME, double? VE,
        int NR, double? MR, double? VR, int NC, double? MC, double? VC);

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
        var contracts = (await db.Contracts.AsNoTracking().Where(c => c.EffectiveFrom <= first).ToListAsync(cancellationToken))
            .GroupBy(c => c.VendorId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!);
        var calls = await PeriodCallPass.ReadAsync(db, period,
            vendorId => (contracts.GetValueOrDefault(vendorId)?.Targets ?? ContractTargets.Standard).ServiceLevelThresholdSeconds, cancellationToken);
        var confirmed = (await db.Findings.AsNoTracking().Where(f => f.PeriodStart == first && f.Status == FindingStatus.Confirmed)
                .Select(f => new { f.VendorId, f.Id, f.Kind, f.AgentId }).ToListAsync(cancellationToken))
            .ToLookup(f => f.VendorId, f => new ConfirmedAbuse(f.Id, f.Kind, f.AgentId is null));

        return calls.Keys.Union(dimensions.Keys).Order().Select(vendorId =>
        {
            var d = dimensions.GetValueOrDefault(vendorId);
            var c = calls.GetValueOrDefault(vendorId);
            return new VendorInputs(vendorId,
                Sample(d?.NL, d?.ML, d?.VL), Sample(d?.NE, d?.ME, d?.VE), Sample(d?.NR, d?.MR, d?.VR), Sample(d?.NC, d?.MC, d?.VC),
                c?.Totals ?? CallTotals.None, c?.RepeatContactRate, contracts.GetValueOrDefault(vendorId), confirmed[vendorId].ToList());
        }).ToList();
    }

    private static DimensionSample Sample(int? n, double? mean, double? variance) =>
        new(n ?? 0, mean ?? 0, variance ?? 0);
}
