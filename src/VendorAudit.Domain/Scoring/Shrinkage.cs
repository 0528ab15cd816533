using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Scoring;

/// <summary>
/// What the population of vendors says about one dimension in one period: μ (<see cref="Mean"/>),
/// τ² (<see cref="BetweenVariance"/>, how far vendors' true scores spread) and σ² (<see cref="WithinVariance"/>,
/// how far one scorecard spreads around its vendor's true score).
/// </summary>
public sealed record Prior(double Mean, double BetweenVariance, double WithinVariance);

/// <summary>
/// Empirical-Bayes shrinkage of each vendor's mean toward the population (DOMAIN.md: a vendor with three
/// lucky calls must not top the ranking). The prior comes from every vendor of the period; each vendor's
/// score is then the normal–normal posterior mean, which weighs its own mean by n/σ² against the prior's 1/τ².
/// </summary>
public static class Shrinkage
{
    /// <summary>
    /// (2 points)²: however alike vendors look, their true scores are assumed to differ by at least this, so
    /// shrinkage never erases a real difference.
    /// </summary>
    public const double MinBetweenVariance = 4.0;

    /// <summary>(1 point)²: keeps n/σ² finite when every scorecard of the period has the same score.</summary>
    public const double MinWithinVariance = 1.0;

    /// <summary>(50 points)², the most a 0–100 score can spread: what is assumed when no vendor has two scorecards to show a spread.</summary>
    public const double MaxVariance = 2500.0;

    /// <summary>
    /// μ = mean of all scorecards pooled; σ² = pooled within-vendor variance Σ(nᵢ − 1)sᵢ² / Σ(nᵢ − 1);
    /// τ² = (sample variance of the vendor means) − mean(σ²/nᵢ), the method of moments (unbiased, since
    /// Var x̄ᵢ = τ² + σ²/nᵢ), floored at <see cref="MinBetweenVariance"/>. Vendors with N = 0 are ignored.
    /// </summary>
    public static Prior PriorFrom(IReadOnlyList<DimensionSample> vendors)
    {
        ArgumentNullException.ThrowIfNull(vendors);
        var usable = vendors.Where(v => v.N > 0).ToList();
        // No usable data: nothing to estimate from. Mean 0 and variances 1 are placeholders that keep Shrink
        // finite; every sample is then N = 0, and callers show the dimension as not measured (n = 0), not as 0.
        if (usable.Count == 0) return new Prior(0, 1, 1);

        var total = usable.Sum(v => (double)v.N);
        var mean = usable.Sum(v => v.N * v.Mean) / total;
        var degrees = usable.Sum(v => v.N - 1.0);
        var within = degrees > 0 ? usable.Sum(v => (v.N - 1) * v.Variance) / degrees : MaxVariance;
        within = Math.Max(within, MinWithinVariance);

        // One vendor shows no spread between vendors; a prior as wide as one scorecard leaves its own data in charge.
        if (usable.Count == 1) return new Prior(mean, Math.Max(within, MinBetweenVariance), within);

        var meanOfMeans = usable.Average(v => v.Mean);
        var varianceOfMeans = usable.Sum(v => (v.Mean - meanOfMeans) * (v.Mean - meanOfMeans)) / (usable.Count - 1);
        var noise = usable.Average(v => within / v.N);
        return new Prior(mean, Math.Max(varianceOfMeans - noise, MinBetweenVariance), within);
    }

    /// <summary>
    /// precision = n/σ² + 1/τ²; Score = (n/σ²·x̄ + μ/τ²) / precision; interval Score ± z·√(1/precision), clipped to 0–100.
    /// σ² is the prior's pooled one, not the vendor's own: with three scorecards their own spread is itself a guess.
    /// n = 0 gives the prior mean with the prior's interval.
    /// </summary>
    public static Estimate Shrink(DimensionSample sample, Prior prior, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentOutOfRangeException.ThrowIfNegative(sample.N);
        if (!(prior.BetweenVariance > 0 && prior.WithinVariance > 0))
            throw new ArgumentOutOfRangeException(nameof(prior), prior, "Prior variances must be positive.");
        if (sample.N > 0 && !(sample.Mean is >= 0 and <= 100))
            throw new ArgumentOutOfRangeException(nameof(sample), sample, "A mean score is 0 to 100.");
        var z = NormalQuantile.TwoSided(confidence);

        var dataPrecision = sample.N / prior.WithinVariance;
        var priorPrecision = 1 / prior.BetweenVariance;
        var precision = dataPrecision + priorPrecision;
        var rawMean = sample.N > 0 ? sample.Mean : 0;
        var score = (dataPrecision * rawMean + priorPrecision * prior.Mean) / precision;
        return Estimate.Around(score, z * Math.Sqrt(1 / precision), sample.N, rawMean);
    }
}
