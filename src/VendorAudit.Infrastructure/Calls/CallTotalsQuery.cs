using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Calls;

/// <summary>
/// Call totals per vendor for a period, summed by PostgreSQL (through the context, so the caller's
/// vendor scope applies). The service level uses each vendor's contract threshold.
/// </summary>
public sealed class CallTotalsQuery(VendorAuditDbContext db)
{
    public async Task<IReadOnlyDictionary<int, CallTotals>> PerVendorAsync(Period period, int? vendorId = null, CancellationToken cancellationToken = default)
    {
        var calls = db.Calls.Where(c => c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
        if (vendorId is { } only) calls = calls.Where(c => c.VendorId == only);

        var sums = await calls.GroupBy(c => c.VendorId).Select(g => new
        {
            VendorId = g.Key,
            Offered = g.LongCount(),
            Answered = g.LongCount(c => c.Outcome == CallOutcome.Answered || c.Outcome == CallOutcome.Transferred),
            Abandoned = g.LongCount(c => c.Outcome == CallOutcome.Abandoned),
            ShortAbandons = g.LongCount(c => c.Outcome == CallOutcome.Abandoned && c.WaitSeconds < CallTotals.ShortAbandonSeconds),
            SystemDrops = g.LongCount(c => c.Outcome == CallOutcome.SystemTimeout),
            Transferred = g.LongCount(c => c.Transfers > 0),
            Wait = g.Sum(c => c.Outcome == CallOutcome.Answered || c.Outcome == CallOutcome.Transferred ? (long)c.WaitSeconds : 0L),
            Handle = g.Sum(c => c.Outcome == CallOutcome.Answered || c.Outcome == CallOutcome.Transferred
                ? (long)(c.TalkSeconds + c.HoldSeconds + c.AcwSeconds) : 0L),
        }).ToListAsync(cancellationToken);

        var thresholds = await ThresholdsAsync(period, cancellationToken);
        var maxThreshold = thresholds.Count == 0 ? DefaultThreshold : Math.Max(DefaultThreshold, thresholds.Values.Max());
        // Answered calls by wait second up to the largest threshold: a few hundred rows, whatever the call count.
        var quickAnswers = await calls
            .Where(c => (c.Outcome == CallOutcome.Answered || c.Outcome == CallOutcome.Transferred) && c.WaitSeconds <= maxThreshold)
            .GroupBy(c => new { c.VendorId, c.WaitSeconds })
            .Select(g => new { g.Key.VendorId, g.Key.WaitSeconds, Count = g.LongCount() })
            .ToListAsync(cancellationToken);

        return sums.ToDictionary(s => s.VendorId, s =>
        {
            var threshold = thresholds.GetValueOrDefault(s.VendorId, DefaultThreshold);
            var withinThreshold = quickAnswers.Where(q => q.VendorId == s.VendorId && q.WaitSeconds <= threshold).Sum(q => q.Count);
            return new CallTotals(s.Offered, s.Answered, withinThreshold, s.Abandoned, s.ShortAbandons,
                s.SystemDrops, s.Transferred, s.Wait, s.Handle);
        });
    }

    /// <summary>The first month that has calls and the last, or null when there are none (in scope).</summary>
    public async Task<(Period First, Period Last)?> RangeAsync(int? vendorId = null, CancellationToken cancellationToken = default)
    {
        var calls = vendorId is { } only ? db.Calls.Where(c => c.VendorId == only) : db.Calls;
        var first = await calls.OrderBy(c => c.StartedAt).Select(c => (DateTimeOffset?)c.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var last = await calls.OrderByDescending(c => c.StartedAt).Select(c => (DateTimeOffset?)c.StartedAt).FirstOrDefaultAsync(cancellationToken);
        return first is null || last is null ? null : (Period.Of(first.Value), Period.Of(last.Value));
    }

    private const int DefaultThreshold = 20;

    /// <summary>Each vendor's service-level threshold from the contract in force at the start of the period.</summary>
    private async Task<Dictionary<int, int>> ThresholdsAsync(Period period, CancellationToken cancellationToken)
    {
        var contracts = await db.Contracts.Where(c => c.EffectiveFrom <= period.FirstDay)
            .Select(c => new { c.VendorId, c.EffectiveFrom, c.ServiceLevelThresholdSeconds })
            .ToListAsync(cancellationToken);
        return contracts.GroupBy(c => c.VendorId)
            .ToDictionary(g => g.Key, g => g.MaxBy(c => c.EffectiveFrom)!.ServiceLevelThresholdSeconds);
    }
}
