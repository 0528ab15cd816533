namespace VendorAudit.Domain.Calibration;

/// <summary>How far apart two values are: interval for scores, nominal when only "same or not" matters.</summary>
public enum AlphaMetric { Interval, Nominal }

/// <summary>
/// Krippendorff's alpha, α = 1 − D_o / D_e, after "Computing Krippendorff's Alpha-Reliability" (2011): agreement
/// beyond chance between any number of coders, with missing values. Only the values each unit received matter,
/// not who gave them, so a unit is just its list of values; units with fewer than two are not pairable and dropped.
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>α, or null when undefined: no unit with two values, or no disagreement to expect (all values equal).</summary>
    public static double? Of(IEnumerable<IReadOnlyCollection<double>> units, AlphaMetric metric = AlphaMetric.Interval)
    {
        ArgumentNullException.ThrowIfNull(units);
        var pairable = units.Where(u => u.Count >= 2).ToList();
        var n = pairable.Sum(u => u.Count);
        if (n == 0) return null;

        // D_o = (1/n) Σ_u Σ_{i≠j in u} δ² / (m_u − 1);  D_e = Σ_{i≠j over all n values} δ² / (n (n − 1)).
        var observed = pairable.Sum(u => SumOverPairs(u, metric) / (u.Count - 1)) / n;
        var expected = SumOverPairs(pairable.SelectMany(u => u).ToList(), metric) / ((double)n * (n - 1));
        if (expected == 0) return null;
        return 1 - observed / expected;
    }

    /// <summary>Σ δ²(v_i, v_j) over ordered pairs i ≠ j, in O(m) rather than O(m²).</summary>
    private static double SumOverPairs(IReadOnlyCollection<double> values, AlphaMetric metric)
    {
        double m = values.Count;
        switch (metric)
        {
            case AlphaMetric.Interval:
                // Σ_{i≠j} (v_i − v_j)² = 2m Σ (v − mean)²; centring keeps it exact for agreeing values.
                var mean = values.Average();
                return 2 * m * values.Sum(v => (v - mean) * (v - mean));
            case AlphaMetric.Nominal:
                // Ordered pairs with different values: all m² pairs less those sharing a value.
                return m * m - values.GroupBy(v => v).Sum(g => (double)g.Count() * g.Count());
            default:
                throw new ArgumentOutOfRangeException(nameof(metric));
        }
    }
}
