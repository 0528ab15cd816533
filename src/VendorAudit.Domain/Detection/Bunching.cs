using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Detection;

/// <summary>The shape of a bunching estimate: windows around the cap, fitted range, bins and polynomial degree.</summary>
public readonly record struct BunchingShape(int WindowSeconds, int FitSeconds, int BinSeconds, int Degree)
{
    public static BunchingShape From(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var shape = new BunchingShape(options.BunchingWindowSeconds, options.BunchingFitSeconds, options.BunchingBinSeconds, options.BunchingDegree);
        // Bins must tile both windows exactly, or calls just under the cap would fall in a fitted bin.
        if (shape.BinSeconds < 1 || shape.WindowSeconds % shape.BinSeconds != 0 || shape.FitSeconds % shape.BinSeconds != 0
            || shape.FitSeconds <= shape.WindowSeconds || shape.Degree is < 0 or > PolynomialFit.MaxDegree)
            throw new ArgumentException("Bunching needs whole bins in both windows, a fitted range wider than the window and a degree of 0 to 7.", nameof(options));
        return shape;
    }
}

/// <summary>
/// A bunching estimate at a cap (as in public economics, Chetty et al. 2011; Kleven 2016): the counts of a
/// handle-time histogram in a window just under the cap against a smooth counterfactual, a polynomial fitted
/// to the bins outside [cap − window, cap + window). The p-value is that of the count under the cap if the
/// counterfactual held, with the counterfactual's own fitting uncertainty (see <see cref="Tails.OverdispersedPoissonAtLeast"/>).
/// </summary>
/// <param name="Bins">Bin starts (seconds) with observed and counterfactual counts, for the chart.</param>
public sealed record BunchingEstimate(
    int Cap,
    int CallsInRange,
    int ObservedBelow,
    double ExpectedBelow,
    int ObservedAbove,
    double ExpectedAbove,
    double PValue,
    IReadOnlyList<(int Start, int Observed, double Expected)> Bins)
{
    /// <summary>Calls piled up under the cap beyond the counterfactual.</summary>
    public double ExcessBelow => ObservedBelow - ExpectedBelow;

    /// <summary>Calls missing just over the cap against the counterfactual.</summary>
    public double MissingAbove => ExpectedAbove - ObservedAbove;

    /// <param name="counts">Calls per second of handle time; index 0 is <paramref name="origin"/> seconds.</param>
    /// <returns>Null when the range around the cap holds too few bins to fit the polynomial.</returns>
    public static BunchingEstimate? At(ReadOnlySpan<int> counts, int origin, int cap, BunchingShape shape)
    {
        var binsPerWindow = shape.WindowSeconds / shape.BinSeconds;
        var binsPerSide = shape.FitSeconds / shape.BinSeconds;
        var starts = new List<int>(2 * binsPerSide);
        var observed = new List<int>(2 * binsPerSide);
        var fitX = new List<double>(2 * binsPerSide);
        var fitY = new List<double>(2 * binsPerSide);
        var total = 0;
        for (var j = -binsPerSide; j < binsPerSide; j++)
        {
            var start = cap + j * shape.BinSeconds;
            if (start < origin) continue;
            var count = 0;
            for (var s = start; s < start + shape.BinSeconds; s++)
                if (s - origin < counts.Length) count += counts[s - origin];
            starts.Add(start);
            observed.Add(count);
            total += count;
            if (j >= -binsPerWindow && j < binsPerWindow) continue;
            fitX.Add(start + shape.BinSeconds / 2.0);
            fitY.Add(count);
        }
        if (fitX.Count < 2 * (shape.Degree + 1)) return null;

        var fit = PolynomialFit.Fit(fitX, fitY, shape.Degree);
        var below = new List<double>(binsPerWindow);
        var bins = new List<(int, int, double)>(starts.Count);
        int observedBelow = 0, observedAbove = 0;
        double expectedBelow = 0, expectedAbove = 0;
        for (var b = 0; b < starts.Count; b++)
        {
            var centre = starts[b] + shape.BinSeconds / 2.0;
            // A density is never negative: a polynomial dipping below zero in a sparse tail predicts nothing there.
            var expected = Math.Max(0, fit.Predict(centre));
            bins.Add((starts[b], observed[b], expected));
            var offset = starts[b] - cap;
            if (offset >= -shape.WindowSeconds && offset < 0)
            {
                below.Add(centre);
                observedBelow += observed[b];
                expectedBelow += expected;
            }
            else if (offset >= 0 && offset < shape.WindowSeconds)
            {
                observedAbove += observed[b];
                expectedAbove += expected;
            }
        }
        var p = Tails.OverdispersedPoissonAtLeast(observedBelow, Math.Max(expectedBelow, 0.5), fit.VarianceOfSum(below));
        return new BunchingEstimate(cap, total, observedBelow, expectedBelow, observedAbove, expectedAbove, p, bins);
    }
}
