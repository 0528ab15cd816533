namespace VendorAudit.Domain.Detection;

/// <summary>
/// Finds a handle-time cap nobody wrote down: scans every candidate second of the vendor-wide histogram for a
/// pile-up just under it. More than a thousand candidates are scanned, so a pile-up is only believed at a
/// p-value far beyond chance (<see cref="DetectionOptions.CapDiscoveryMaxP"/>). A pile-up is believable at
/// several neighbouring candidates; the cap is the one where the histogram falls most sharply (calls in the
/// half-window under it minus calls in the half-window over it), since calls are cut to end just before the
/// cap and are missing just after it. Without such a fall there is no cap.
/// </summary>
public static class CapFinder
{
    /// <param name="counts">Vendor-wide calls per second of handle time, from 0 s.</param>
    /// <returns>The cap, or null when no candidate is strong enough; and how many candidates were scanned.</returns>
    public static (int? Cap, int Scanned) Find(ReadOnlySpan<int> counts, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shape = BunchingShape.From(options);
        var half = Math.Max(1, shape.WindowSeconds / 2);
        int? best = null;
        var bestDrop = int.MinValue;
        var scanned = 0;
        for (var cap = options.CapSearchFrom; cap <= options.CapSearchTo; cap++)
        {
            var estimate = BunchingEstimate.At(counts, 0, cap, shape);
            if (estimate is null) continue;
            scanned++;
            if (estimate.PValue > options.CapDiscoveryMaxP) continue;
            var drop = Sum(counts, cap - half, cap) - Sum(counts, cap, cap + half);
            if (drop > 0 && drop > bestDrop) (best, bestDrop) = (cap, drop);
        }
        return (best, scanned);
    }

    private static int Sum(ReadOnlySpan<int> counts, int from, int to)
    {
        var sum = 0;
        for (var s = Math.Max(0, from); s < Math.Min(to, counts.Length); s++) sum += counts[s];
        return sum;
    }
}
