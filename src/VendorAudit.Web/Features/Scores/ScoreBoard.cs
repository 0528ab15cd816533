using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Scores;

public sealed record ScoreRow(Vendor Vendor, VendorPeriodScore Score);

public sealed record RankingModel(Period? Period, IReadOnlyList<Period> Periods, IReadOnlyList<ScoreRow> Rows, string Sort, bool Descending, bool IsVendor);

public sealed record VendorScoresModel(Vendor Vendor, IReadOnlyList<VendorPeriodScore> History, VendorPeriodScore? Current, IReadOnlyDictionary<int, string> OverlapNames);

public sealed record CompareModel(Period? Period, IReadOnlyList<Period> Periods, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<ScoreRow> Rows, string? Problem);

/// <summary>
/// Reads computed scores. Everything goes through the scoped context: a vendor user's queries return
/// their own rows only, so the ranking page shows them their position and nothing of the others.
/// A period's rows change only when its scores are recomputed, so they are read once per scope and
/// kept until then (<see cref="ReadCache"/>).
/// </summary>
public sealed class ScoreBoard(VendorAuditDbContext db, ReadCache cache, VendorChoices vendorChoices)
{
    public static readonly string[] Sorts = ["rank", "composite", "language", "empathy", "resolution", "compliance", "abuse", "bonus", "vendor"];

    private static readonly string[] ScoreTables = [Tables.VendorScores, Tables.Vendors];

    public Task<IReadOnlyList<Period>> PeriodsAsync(CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<Period>>("score-periods", [Tables.VendorScores], async ct =>
            (await db.VendorScores.AsNoTracking().Select(s => s.PeriodStart).Distinct().OrderByDescending(p => p).ToListAsync(ct))
            .Select(Period.Of).ToList(), cancellationToken);

    public async Task<RankingModel> RankingAsync(string? period, string? sort, bool descending, bool isVendor, CancellationToken cancellationToken)
    {
        var periods = await PeriodsAsync(cancellationToken);
        Period? chosen = Period.TryParse(period, out var p) && periods.Contains(p) ? p : periods.Count > 0 ? periods[0] : null;
        var rows = chosen is { } c ? await PeriodRowsAsync(c, cancellationToken) : [];
        var key = Sorts.Contains(sort) ? sort! : "rank";
        var sorted = Order(rows, key, descending).ToList();
        return new RankingModel(chosen, periods, sorted, key, descending, isVendor);
    }

    public async Task<VendorScoresModel?> VendorAsync(int vendorId, string? period, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return null;
        var history = await db.VendorScores.AsNoTracking().Where(s => s.VendorId == vendorId).OrderBy(s => s.PeriodStart).ToListAsync(cancellationToken);
        var current = Period.TryParse(period, out var p) ? history.FirstOrDefault(h => h.Period == p) : history.LastOrDefault();
        // Names of the vendors whose intervals overlap, through the scope: a vendor user learns none of them.
        var overlapIds = current?.Details.OverlapsWith ?? [];
        var names = await db.Vendors.AsNoTracking().Where(v => overlapIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        return new VendorScoresModel(vendor, history, current, names);
    }

    public async Task<CompareModel> CompareAsync(string? period, IReadOnlyList<int> vendorIds, CancellationToken cancellationToken)
    {
        var periods = await PeriodsAsync(cancellationToken);
        Period? chosen = Period.TryParse(period, out var p) && periods.Contains(p) ? p : periods.Count > 0 ? periods[0] : null;
        var vendors = await vendorChoices.ListAsync(cancellationToken);
        var ids = vendorIds.Distinct().ToList();
        string? problem = ids.Count is 0 or (>= 2 and <= 4) ? null : "Choose two to four vendors to compare.";
        var rows = chosen is { } c && problem is null && ids.Count > 0
            ? (await PeriodRowsAsync(c, cancellationToken)).Where(r => ids.Contains(r.Vendor.Id)).ToList()
            : [];
        return new CompareModel(chosen, periods, vendors, rows.OrderBy(r => r.Score.Rank).ToList(), problem);
    }

    /// <summary>Every score of the period in this scope, with its vendor.</summary>
    public Task<IReadOnlyList<ScoreRow>> PeriodRowsAsync(Period period, CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<ScoreRow>>($"score-rows:{period}", ScoreTables, async ct =>
            (await (from s in db.VendorScores.AsNoTracking()
                    join v in db.Vendors.AsNoTracking() on s.VendorId equals v.Id
                    where s.PeriodStart == period.FirstDay
                    select new { s, v }).ToListAsync(ct)).Select(x => new ScoreRow(x.v, x.s)).ToList(), cancellationToken);

    private static IEnumerable<ScoreRow> Order(IEnumerable<ScoreRow> rows, string key, bool descending)
    {
        Func<ScoreRow, object> by = key switch
        {
            "composite" => r => r.Score.Composite,
            "language" => r => r.Score.Details.Language.Score,
            "empathy" => r => r.Score.Details.Empathy.Score,
            "resolution" => r => r.Score.Details.Resolution.Score,
            "compliance" => r => r.Score.Details.Compliance.Score,
            "abuse" => r => r.Score.AbuseIndex,
            "bonus" => r => r.Score.BonusMalus,
            "vendor" => r => r.Vendor.Name,
            _ => r => r.Score.Rank,
        };
        return descending ? rows.OrderByDescending(by).ThenBy(r => r.Vendor.Name) : rows.OrderBy(by).ThenBy(r => r.Vendor.Name);
    }
}
