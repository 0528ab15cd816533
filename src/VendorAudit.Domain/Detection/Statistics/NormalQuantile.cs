namespace VendorAudit.Domain.Detection.Statistics;

/// <summary>
/// The inverse of the standard normal CDF: Acklam's rational approximation (relative error 1.15e-9), then one
/// Halley step against <see cref="Tails.NormalAtLeast"/>, which brings it to about double precision.
/// </summary>
public static class NormalQuantile
{
    private static readonly double[] A = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
    private static readonly double[] B = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
    private static readonly double[] C = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
    private static readonly double[] D = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
    private const double Low = 0.02425;

    /// <summary>The z with P(Z ≤ z) = p, for 0 &lt; p &lt; 1.</summary>
    public static double Of(double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "A probability strictly between 0 and 1 is needed.");
        // The upper half by symmetry, so the refinement always works on a lower tail, where P(Z ≤ x) keeps full precision.
        if (p > 0.5) return -Of(1 - p);
        var x = Approximation(p);
        var error = Tails.NormalAtLeast(-x) - p;
        var u = error * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - u / (1 + x * u / 2);
    }

    /// <summary>The z of a two-sided interval: 0.95 → 1.959964 (2.5 % in each tail).</summary>
    public static double TwoSided(double confidence)
    {
        if (!(confidence > 0 && confidence < 1)) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "A confidence strictly between 0 and 1 is needed.");
        return -Of((1 - confidence) / 2);
    }

    private static double Approximation(double p)
    {
        if (p < Low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
                   ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
        }
        var c = p - 0.5;
        var r = c * c;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * c /
               (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }
}
