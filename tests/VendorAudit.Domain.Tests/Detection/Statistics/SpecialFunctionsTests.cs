using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class SpecialFunctionsTests
{
    [TestCase(1, 0)]
    [TestCase(2, 0)]
    [TestCase(5, 3.1780538303479458)]       // ln 24
    [TestCase(10, 12.801827480081469)]      // ln 362 880
    [TestCase(0.5, 0.57236494292470008)]    // ln √π
    [TestCase(0.1, 2.2527126517342059)]
    [TestCase(171.5, 709.14316303092820)]
    public void Log_gamma_matches_the_factorials_and_known_values(double x, double expected) =>
        SpecialFunctions.LogGamma(x).ShouldBe(expected, 1e-11);

    [Test]
    public void Log_choose_is_the_log_of_the_binomial_coefficient() =>
        Math.Exp(SpecialFunctions.LogChoose(10, 3)).ShouldBe(120, 1e-9);

    [TestCase(0.3, 1, 1, 0.3)]              // I_x(1, 1) = x
    [TestCase(0.3, 3, 1, 0.027)]            // I_x(a, 1) = x^a
    [TestCase(0.3, 1, 4, 0.7599)]           // I_x(1, b) = 1 − (1 − x)^b
    [TestCase(0.5, 7, 7, 0.5)]              // symmetry
    [TestCase(0.5, 8, 3, 0.0546875)]        // = P(Binomial(10, ½) ≥ 8) = 56/1024
    public void The_regularized_incomplete_beta_matches_closed_forms(double x, double a, double b, double expected) =>
        SpecialFunctions.RegularizedBeta(x, a, b).ShouldBe(expected, 1e-12);

    [Test]
    public void The_incomplete_beta_is_zero_and_one_at_its_ends()
    {
        SpecialFunctions.RegularizedBeta(0, 2, 3).ShouldBe(0);
        SpecialFunctions.RegularizedBeta(1, 2, 3).ShouldBe(1);
    }

    [TestCase(1, 0.5)]
    [TestCase(1, 3)]
    [TestCase(1, 40)]
    public void The_regularized_gamma_of_shape_one_is_the_exponential_distribution(double a, double x)
    {
        SpecialFunctions.RegularizedGammaP(a, x).ShouldBe(1 - Math.Exp(-x), 1e-13);
        SpecialFunctions.RegularizedGammaQ(a, x).ShouldBe(Math.Exp(-x), Math.Exp(-x) * 1e-10);
    }

    [Test]
    public void The_upper_regularized_gamma_stays_accurate_far_in_the_tail() =>
        // Q(3, 50) = e^−50 (1 + 50 + 1250): far below what 1 − P could represent.
        SpecialFunctions.RegularizedGammaQ(3, 50).ShouldBe(Math.Exp(-50) * 1301, Math.Exp(-50) * 1301 * 1e-10);
}
