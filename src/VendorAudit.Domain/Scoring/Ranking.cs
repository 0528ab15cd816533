namespace VendorAudit.Domain.Scoring;

/// <summary>A vendor's place in the period's ranking, with the vendors it cannot really be told apart from.</summary>
/// <param name="OverlapsWith">Keys of the vendors whose composite interval overlaps this one's, in ranking order.</param>
public sealed record RankedVendor(string Key, Estimate Composite, int Rank, IReadOnlyList<string> OverlapsWith);

/// <summary>
/// Ranks vendors by composite and shows the uncertainty (DOMAIN.md): two vendors whose intervals overlap are
/// not shown as really different. Overlap is the conservative reading (two 95 % intervals may overlap a little
/// while the difference is still significant), which suits a ranking that decides money.
/// </summary>
public static class Ranking
{
    /// <summary>Rank 1..N by composite score, descending; equal scores share the rank and the next rank skips ("1, 1, 3").</summary>
    public static IReadOnlyList<RankedVendor> Rank(IReadOnlyList<(string Key, Estimate Composite)> vendors)
    {
        ArgumentNullException.ThrowIfNull(vendors);
        var duplicate = vendors.GroupBy(v => v.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Vendor '{duplicate.Key}' is listed twice.", nameof(vendors));

        // Keys break ties in the listing only, so the same data always lists in the same order.
        var ordered = vendors.OrderByDescending(v => v.Composite.Score).ThenBy(v => v.Key, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedVendor>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (key, composite) = ordered[i];
            var rank = i > 0 && ordered[i - 1].Composite.Score == composite.Score ? ranked[i - 1].Rank : i + 1;
            var overlaps = ordered.Where(o => o.Key != key && Overlap(o.Composite, composite)).Select(o => o.Key).ToList();
            ranked.Add(new RankedVendor(key, composite, rank, overlaps));
        }
        return ranked;
    }

    /// <summary>Intervals that touch overlap: a shared end is no evidence of a difference.</summary>
    public static bool Overlap(Estimate a, Estimate b) => a.CiLow <= b.CiHigh && b.CiLow <= a.CiHigh;

    /// <summary>
    /// "1st", "2nd", "3rd", "4th", "11th", "21st"; French (any "fr…" culture name) "1er", "2e", "3e". The vendor
    /// page says "3rd of 5"; the masculine "1er" fits "rang" and "prestataire".
    /// </summary>
    public static string Ordinal(int rank, string language)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rank);
        ArgumentNullException.ThrowIfNull(language);
        if (language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)) return rank == 1 ? "1er" : $"{rank}e";
        var suffix = (rank % 100) is 11 or 12 or 13 ? "th" : (rank % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return $"{rank}{suffix}";
    }
}
