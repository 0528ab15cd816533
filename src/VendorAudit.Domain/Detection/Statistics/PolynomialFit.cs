namespace VendorAudit.Domain.Detection.Statistics;

/// <summary>
/// A least-squares polynomial y ≈ Σ c_j·t^j, with t = (x − centre) / scale in [−1, 1], solved by Householder
/// QR rather than the normal equations: on raw seconds the powers of x up to x⁷ differ by twenty orders of
/// magnitude and XᵀX would be numerically singular. Also gives the variance of a sum of predictions,
/// which is what the uncertainty of a bunching counterfactual is.
/// </summary>
public sealed class PolynomialFit
{
    public const int MaxDegree = 7;

    private readonly double centre;
    private readonly double scale;
    private readonly double[,] r;

    private PolynomialFit(double centre, double scale, double[] coefficients, double[,] r, double residualVariance)
    {
        this.centre = centre;
        this.scale = scale;
        Coefficients = coefficients;
        this.r = r;
        ResidualVariance = residualVariance;
    }

    /// <summary>Coefficients of the scaled variable t, lowest power first.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>The residual variance s² = RSS / (points − coefficients); 0 when the fit is exact.</summary>
    public double ResidualVariance { get; }

    public int Degree => Coefficients.Count - 1;

    public static PolynomialFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, int degree)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentOutOfRangeException.ThrowIfNegative(degree);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(degree, MaxDegree);
        if (x.Count != y.Count) throw new ArgumentException("x and y must have the same length.", nameof(y));
        var rows = x.Count;
        var cols = degree + 1;
        if (rows < cols) throw new ArgumentException($"A degree-{degree} fit needs at least {cols} points.", nameof(x));

        var (min, max) = (double.MaxValue, double.MinValue);
        for (var i = 0; i < rows; i++) (min, max) = (Math.Min(min, x[i]), Math.Max(max, x[i]));
        var centre = (min + max) / 2;
        var scale = Math.Max((max - min) / 2, 1e-12);

        var a = new double[rows, cols];
        var b = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            var t = (x[i] - centre) / scale;
            var power = 1.0;
            for (var j = 0; j < cols; j++, power *= t) a[i, j] = power;
            b[i] = y[i];
        }
        Householder(a, b, rows, cols);
        var coefficients = BackSubstitute(a, b, cols);
        var rss = 0.0;
        for (var i = cols; i < rows; i++) rss += b[i] * b[i];
        var r = new double[cols, cols];
        for (var i = 0; i < cols; i++)
            for (var j = i; j < cols; j++) r[i, j] = a[i, j];
        return new PolynomialFit(centre, scale, coefficients, r, rows > cols ? rss / (rows - cols) : 0);
    }

    public double Predict(double x)
    {
        var t = (x - centre) / scale;
        var value = 0.0;
        for (var j = Coefficients.Count - 1; j >= 0; j--) value = value * t + Coefficients[j];
        return value;
    }

    /// <summary>
    /// Var(Σ ŷ(x_i)) = s²·aᵀ(XᵀX)⁻¹a with a = Σ (1, t_i, t_i², …); computed as ‖R⁻ᵀa‖², since XᵀX = RᵀR.
    /// </summary>
    public double VarianceOfSum(IReadOnlyList<double> xs)
    {
        ArgumentNullException.ThrowIfNull(xs);
        var cols = Coefficients.Count;
        var u = new double[cols];
        foreach (var x in xs)
        {
            var t = (x - centre) / scale;
            var power = 1.0;
            for (var j = 0; j < cols; j++, power *= t) u[j] += power;
        }
        for (var i = 0; i < cols; i++)
        {
            var sum = u[i];
            for (var k = 0; k < i; k++) sum -= r[k, i] * u[k];
            u[i] = sum / r[i, i];
        }
        var norm = 0.0;
        for (var i = 0; i < cols; i++) norm += u[i] * u[i];
        return ResidualVariance * norm;
    }

    /// <summary>Reduces A to R in place and applies the same reflections to b (b becomes Qᵀb).</summary>
    private static void Householder(double[,] a, double[] b, int rows, int cols)
    {
        for (var k = 0; k < cols; k++)
        {
            var norm = 0.0;
            for (var i = k; i < rows; i++) norm += a[i, k] * a[i, k];
            norm = Math.Sqrt(norm);
            if (norm == 0) throw new ArgumentException("The x values are too few or too alike for this degree.", nameof(a));
            var alpha = a[k, k] > 0 ? -norm : norm;
            var v0 = a[k, k] - alpha;
            var vNorm2 = v0 * v0;
            for (var i = k + 1; i < rows; i++) vNorm2 += a[i, k] * a[i, k];
            for (var j = k + 1; j < cols; j++) Reflect(a, null, rows, k, j, v0, vNorm2);
            Reflect(a, b, rows, k, -1, v0, vNorm2);
            a[k, k] = alpha;
            for (var i = k + 1; i < rows; i++) a[i, k] = 0;
        }
    }

    /// <summary>Applies H = I − 2vvᵀ/vᵀv (v = column k below the diagonal, first entry v0) to column j, or to b when j &lt; 0.</summary>
    private static void Reflect(double[,] a, double[]? b, int rows, int k, int j, double v0, double vNorm2)
    {
        var dot = v0 * (b is null ? a[k, j] : b[k]);
        for (var i = k + 1; i < rows; i++) dot += a[i, k] * (b is null ? a[i, j] : b[i]);
        var factor = 2 * dot / vNorm2;
        if (b is null)
        {
            a[k, j] -= factor * v0;
            for (var i = k + 1; i < rows; i++) a[i, j] -= factor * a[i, k];
        }
        else
        {
            b[k] -= factor * v0;
            for (var i = k + 1; i < rows; i++) b[i] -= factor * a[i, k];
        }
    }

    private static double[] BackSubstitute(double[,] r, double[] qtb, int cols)
    {
        var c = new double[cols];
        for (var i = cols - 1; i >= 0; i--)
        {
            var sum = qtb[i];
            for (var j = i + 1; j < cols; j++) sum -= r[i, j] * c[j];
            c[i] = sum / r[i, i];
        }
        return c;
    }
}
