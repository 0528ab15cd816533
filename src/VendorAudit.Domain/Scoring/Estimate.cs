namespace VendorAudit.Domain.Scoring;

/// <summary>A score with its confidence interval, all 0–100 rounded to 2 decimals, the sample size and the unshrunk mean.</summary>
/// <param name="RawMean">The plain mean of the scorecards before shrinkage (0 when N = 0), so a reader sees how far it moved.</param>
public sealed record Estimate(double Score, double CiLow, double CiHigh, int N, double RawMean)
{
    /// <summary>
    /// The larger side of the interval. Clipping at 0 or 100 shortens one side only, so the other one is
    /// still the half-width the interval was made with.
    /// </summary>
    public double HalfWidth => Math.Max(Score - CiLow, CiHigh - Score);

    /// <summary>center ± halfWidth, clipped to 0–100 and rounded: the one place every estimate is shaped.</summary>
    internal static Estimate Around(double center, double halfWidth, int n, double rawMean) =>
        new(Round(Clip(center)), Round(Clip(center - halfWidth)), Round(Clip(center + halfWidth)), n, Round(Clip(rawMean)));

    internal static double Round(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    internal static double Clip(double value) => Math.Clamp(value, 0, 100);
}
