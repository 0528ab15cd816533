using System.Globalization;
using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Sampling;

/// <summary>
/// A sample size with everything needed to redo it by hand: the vendor is shown why 370 of their 10,000 calls
/// were scored and not 50.
/// </summary>
public sealed record SampleSizeCalculation(int Population, double Margin, double Confidence, double Z, double Proportion, double InfiniteSize, int Size)
{
    /// <summary>n0 with the finite-population correction, before rounding up (0 for an empty population).</summary>
    public double CorrectedSize => Population == 0 ? 0 : InfiniteSize / (1 + (InfiniteSize - 1) / Population);

    /// <summary>The calculation as lines a reader can follow, with the figures actually used.</summary>
    public IReadOnlyList<string> Arithmetic()
    {
        var lines = new List<string>
        {
            $"z for {F(Confidence * 100, "0.##")} % two-sided confidence = {F(Z, "0.000000")}",
            $"n0 = z² p(1−p) / e² = {F(Z, "0.000000")}² × {F(Proportion * (1 - Proportion), "0.####")} / {F(Margin, "0.####")}² = {F(InfiniteSize, "0.000")}",
        };
        if (Population == 0)
        {
            lines.Add("N = 0: no calls, nothing to sample: 0");
            return lines;
        }
        lines.Add($"n = n0 / (1 + (n0 − 1) / N) = {F(InfiniteSize, "0.000")} / (1 + {F(InfiniteSize - 1, "0.000")} / {Population}) = {F(CorrectedSize, "0.000")}");
        lines.Add($"rounded up: {Size}");
        return lines;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

/// <summary>Cochran's sample size for a proportion, with the finite-population correction.</summary>
public static class SampleSize
{
    // Keeps a size that is whole up to rounding noise (e.g. 1.0000000000000002) from gaining a call.
    private const double Tolerance = 1e-9;

    /// <param name="margin">The half-width of the interval, as a proportion (0.05 = ±5 points).</param>
    /// <param name="proportion">The expected proportion; 0.5 is the most conservative (largest sample).</param>
    public static SampleSizeCalculation For(int population, double margin, double confidence, double proportion = 0.5)
    {
        if (population < 0) throw new DomainException($"population: must be 0 or more (was {population}).");
        if (!(margin > 0 && margin <= 0.5)) throw new DomainException($"margin: must be more than 0 and at most 0.5 (was {margin.ToString(CultureInfo.InvariantCulture)}).");
        if (!(confidence > 0.5 && confidence < 1)) throw new DomainException($"confidence: must be more than 0.5 and less than 1 (was {confidence.ToString(CultureInfo.InvariantCulture)}).");
        if (!(proportion > 0 && proportion < 1)) throw new DomainException($"proportion: must be more than 0 and less than 1 (was {proportion.ToString(CultureInfo.InvariantCulture)}).");

        var z = NormalQuantile.TwoSided(confidence);
        var infinite = z * z * proportion * (1 - proportion) / (margin * margin);
        var calculation = new SampleSizeCalculation(population, margin, confidence, z, proportion, infinite, 0);
        // n ≤ N already for N ≥ 1; the cap only guards against floating-point noise.
        var size = population == 0 ? 0 : (int)Math.Min(population, Math.Max(1, Math.Ceiling(calculation.CorrectedSize - Tolerance)));
        return calculation with { Size = size };
    }
}
