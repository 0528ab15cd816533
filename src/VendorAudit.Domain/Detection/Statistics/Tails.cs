namespace VendorAudit.Domain.Detection.Statistics;

/// <summary>
/// Upper-tail probabilities P(X ≥ k), the one-sided p-values of "more than chance allows". All are
/// exact through the incomplete beta and gamma functions: no normal approximation for counts.
/// </summary>
public static class Tails
{
    /// <summary>P(X ≥ k) for X ~ Binomial(n, p): I_p(k, n − k + 1).</summary>
    public static double BinomialAtLeast(int k, int n, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (k <= 0) return 1;
        if (k > n) return 0;
        if (p <= 0) return 0;
        if (p >= 1) return 1;
        return SpecialFunctions.RegularizedBeta(p, k, n - k + 1);
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(mean): the regularized lower gamma P(k, mean).</summary>
    public static double PoissonAtLeast(int k, double mean)
    {
        if (k <= 0) return 1;
        if (mean <= 0) return 0;
        return SpecialFunctions.RegularizedGammaP(k, mean);
    }

    /// <summary>
    /// P(X ≥ k) for a count whose Poisson mean is itself uncertain (known as <paramref name="mean"/> ±
    /// its variance <paramref name="meanVariance"/>): a gamma-distributed mean makes the count negative
    /// binomial with that mean and variance mean + meanVariance. Falls back to Poisson when the mean is exact.
    /// </summary>
    public static double OverdispersedPoissonAtLeast(int k, double mean, double meanVariance)
    {
        if (k <= 0) return 1;
        if (mean <= 0) return 0;
        if (meanVariance <= mean * 1e-9) return PoissonAtLeast(k, mean);
        var shape = mean * mean / meanVariance;
        var success = shape / (shape + mean);
        // Negative binomial with `shape` successes: P(X ≤ k − 1) = I_success(shape, k).
        return SpecialFunctions.RegularizedBeta(1 - success, k, shape);
    }

    /// <summary>P(Z ≥ z) for a standard normal Z, through erfc(x) = Q(½, x²).</summary>
    public static double NormalAtLeast(double z)
    {
        if (double.IsNaN(z)) return double.NaN;
        var tail = 0.5 * SpecialFunctions.RegularizedGammaQ(0.5, z * z / 2);
        return z >= 0 ? tail : 1 - tail;
    }
}
