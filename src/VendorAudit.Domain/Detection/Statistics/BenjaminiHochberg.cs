namespace VendorAudit.Domain.Detection.Statistics;

/// <summary>
/// Benjamini–Hochberg q-values (1995): for each test, the smallest false-discovery rate at which it would
/// be declared a discovery. Keeping q ≤ α keeps the expected share of false findings at or below α.
/// </summary>
public static class BenjaminiHochberg
{
    public static double[] QValues(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var m = pValues.Count;
        var order = new int[m];
        var sorted = new double[m];
        for (var i = 0; i < m; i++)
        {
            if (double.IsNaN(pValues[i]) || pValues[i] < 0 || pValues[i] > 1) throw new ArgumentOutOfRangeException(nameof(pValues), "Every p-value must lie in [0, 1].");
            order[i] = i;
            sorted[i] = pValues[i];
        }
        Array.Sort(sorted, order);
        var q = new double[m];
        var running = 1.0;
        // From the largest p down: q_(i) = min over j ≥ i of p_(j)·m/j, which keeps q monotone in p.
        for (var rank = m; rank >= 1; rank--)
        {
            running = Math.Min(running, sorted[rank - 1] * m / rank);
            q[order[rank - 1]] = running;
        }
        return q;
    }
}
