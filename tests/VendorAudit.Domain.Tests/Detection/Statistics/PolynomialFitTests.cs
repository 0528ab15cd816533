using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class PolynomialFitTests
{
    [Test]
    public void A_quadratic_is_recovered_exactly()
    {
        var x = Enumerable.Range(0, 11).Select(i => (double)i).ToArray();
        var y = x.Select(v => 3 - 2 * v + 0.5 * v * v).ToArray();

        var fit = PolynomialFit.Fit(x, y, 2);

        fit.Predict(4).ShouldBe(3 - 8 + 8, 1e-10);
        fit.Predict(12.5).ShouldBe(3 - 25 + 0.5 * 12.5 * 12.5, 1e-9);
        fit.ResidualVariance.ShouldBe(0, 1e-18);
    }

    [Test]
    public void A_degree_seven_fit_on_raw_seconds_stays_accurate()
    {
        // On raw seconds the powers up to x⁷ span twenty orders of magnitude; scaling and QR keep it exact.
        var x = Enumerable.Range(0, 61).Select(i => 100.0 + 5 * i).ToArray();
        var y = x.Select(v => 1e-6 * Math.Pow(v - 250, 3) - 0.002 * v + 40).ToArray();

        var fit = PolynomialFit.Fit(x, y, 7);

        foreach (var v in new[] { 100.0, 237.5, 400 }) fit.Predict(v).ShouldBe(1e-6 * Math.Pow(v - 250, 3) - 0.002 * v + 40, 1e-8);
    }

    [Test]
    public void A_constant_fit_is_the_mean_and_its_variance_that_of_the_mean()
    {
        var fit = PolynomialFit.Fit([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], 0);

        fit.Predict(10).ShouldBe(3, 1e-12);
        fit.ResidualVariance.ShouldBe(2.5, 1e-12);
        fit.VarianceOfSum([7]).ShouldBe(2.5 / 5, 1e-12);
        fit.VarianceOfSum([7, 8]).ShouldBe(4 * 2.5 / 5, 1e-12);
    }

    [Test]
    public void A_straight_line_has_the_textbook_prediction_variance()
    {
        // y = x + noise ±1 at x = 0..3: s² = RSS/(n − 2); Var(ŷ(x0)) = s²(1/n + (x0 − x̄)²/Sxx).
        double[] x = [0, 1, 2, 3];
        double[] y = [1, 0, 3, 2];
        var fit = PolynomialFit.Fit(x, y, 1);
        var s2 = fit.ResidualVariance;

        fit.Predict(1.5).ShouldBe(1.5, 1e-12);
        s2.ShouldBe((0.4 * 0.4 + 1.2 * 1.2 + 1.2 * 1.2 + 0.4 * 0.4) / 2, 1e-12);
        fit.VarianceOfSum([4]).ShouldBe(s2 * (0.25 + 2.5 * 2.5 / 5), 1e-12);
    }

    [Test]
    public void Too_few_points_or_too_high_a_degree_are_refused()
    {
        Should.Throw<ArgumentException>(() => PolynomialFit.Fit([1, 2], [1, 2], 2));
        Should.Throw<ArgumentOutOfRangeException>(() => PolynomialFit.Fit(new double[20], new double[20], 8));
    }
}
