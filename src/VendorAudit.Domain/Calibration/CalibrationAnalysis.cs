namespace VendorAudit.Domain.Calibration;

/// <summary>The calibration report of DOMAIN.md: each auditor's deviation and the agreement between them.</summary>
public static class CalibrationAnalysis
{
    /// <summary>
    /// Deviations are from the median of each call (per item for items, of totals for the total), over calls that
    /// at least two auditors scored: alone on a call, an auditor cannot deviate, and counting it as 0 would flatter.
    /// </summary>
    public static CalibrationReport Analyse(IReadOnlyList<CalibrationRating> ratings, decimal tolerance = 10m)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (tolerance < 0) throw new DomainException($"tolerance: must be 0 or more (was {tolerance}).");
        Validate(ratings);

        var totals = ratings.Where(r => r.ItemId is null).GroupBy(r => r.CallId).ToList();
        var callMedians = new SortedDictionary<long, decimal>(totals.ToDictionary(g => g.Key, g => Median(g.Select(r => r.Score))));
        var totalDeviations = Deviations(totals);
        var items = ratings.Where(r => r.ItemId is not null).GroupBy(r => r.ItemId!, StringComparer.Ordinal).ToList();
        var itemDeviations = items.ToDictionary(i => i.Key, i => Deviations(i.GroupBy(r => r.CallId)), StringComparer.Ordinal);

        var auditors = ratings.Select(r => r.AuditorId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(auditor =>
            {
                var own = totalDeviations.Where(d => d.AuditorId == auditor).Select(d => d.Deviation).ToList();
                var perItem = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
                foreach (var (item, deviations) in itemDeviations)
                {
                    var ownItem = deviations.Where(d => d.AuditorId == auditor).Select(d => Math.Abs(d.Deviation)).ToList();
                    if (ownItem.Count > 0) perItem[item] = Points(ownItem.Average());
                }
                return new AuditorDeviation(auditor, own.Count,
                    own.Count == 0 ? 0m : Points(own.Average(Math.Abs)), own.Count == 0 ? 0m : Points(own.Average()), perItem);
            })
            .ToList();

        // Nothing compared is no evidence of agreement, so the share is 0 rather than a vacuous 1.
        var share = totalDeviations.Count == 0 ? 0m
            : Math.Round((decimal)totalDeviations.Count(d => Math.Abs(d.Deviation) <= tolerance) / totalDeviations.Count, 4, MidpointRounding.AwayFromZero);
        var itemAlpha = new SortedDictionary<string, double?>(items.ToDictionary(i => i.Key, i => Alpha(i.GroupBy(r => r.CallId)), StringComparer.Ordinal), StringComparer.Ordinal);
        return new CalibrationReport(auditors, share, Alpha(totals), itemAlpha, callMedians);
    }

    /// <summary>The median; with an even count, the mean of the two middle values.</summary>
    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("The median of nothing is undefined.", nameof(values));
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static List<(string AuditorId, decimal Deviation)> Deviations(IEnumerable<IGrouping<long, CalibrationRating>> calls) =>
        calls.Where(call => call.Count() >= 2)
            .SelectMany(call =>
            {
                var median = Median(call.Select(r => r.Score));
                return call.Select(r => (r.AuditorId, r.Score - median));
            })
            .ToList();

    private static double? Alpha(IEnumerable<IGrouping<long, CalibrationRating>> calls) =>
        KrippendorffAlpha.Of(calls.Select(call => (IReadOnlyCollection<double>)call.Select(r => (double)r.Score).ToList()));

    private static decimal Points(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static void Validate(IReadOnlyList<CalibrationRating> ratings)
    {
        var seen = new HashSet<(string, long, string?)>();
        for (var i = 0; i < ratings.Count; i++)
        {
            var r = ratings[i];
            var what = $"ratings[{i}] ({r.AuditorId}, call {r.CallId}, {r.ItemId ?? "total"})";
            if (string.IsNullOrWhiteSpace(r.AuditorId)) throw new DomainException($"{what}: an auditor is required.");
            if (r.Score is < 0 or > 100) throw new DomainException($"{what}: score {r.Score} is outside 0–100.");
            // Two scores from one auditor for one thing would be averaged by nobody knows whom: refuse them.
            if (!seen.Add((r.AuditorId, r.CallId, r.ItemId))) throw new DomainException($"{what}: scored twice.");
        }
    }
}
