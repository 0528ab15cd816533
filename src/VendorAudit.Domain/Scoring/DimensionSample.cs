namespace VendorAudit.Domain.Scoring;

/// <summary>
/// The random-sample scorecards of one vendor-period on one dimension (scores 0–100), reduced to what
/// shrinkage needs, so the infrastructure may equally fill it from SQL (count, avg, var_samp).
/// </summary>
/// <param name="Variance">Sample variance (n − 1 denominator); 0 when N &lt; 2, where no spread can be seen.</param>
public sealed record DimensionSample(int N, double Mean, double Variance)
{
    public static readonly DimensionSample None = new(0, 0, 0);

    /// <summary>Welford's one pass: no copy of the scores, and no cancellation when they are all close to 100.</summary>
    public static DimensionSample Of(IEnumerable<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var n = 0;
        var mean = 0.0;
        var squares = 0.0;
        foreach (var score in scores)
        {
            // A score outside 0–100 is a bug upstream; averaging it in would hide it in a plausible figure.
            if (!(score is >= 0 and <= 100)) throw new ArgumentOutOfRangeException(nameof(scores), score, "Scores are 0 to 100.");
            n++;
            var delta = score - mean;
            mean += delta / n;
            squares += delta * (score - mean);
        }
        return new DimensionSample(n, mean, n < 2 ? 0 : squares / (n - 1));
    }
}
