using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class TailsTests
{
    [Test]
    public void Eight_or_more_heads_in_ten_fair_tosses_is_56_in_1024() =>
        Tails.BinomialAtLeast(8, 10, 0.5).ShouldBe(56.0 / 1024, 1e-14);

    [Test]
    public void The_binomial_tail_agrees_with_the_sum_of_its_terms()
    {
        // P(X ≥ 3) for X ~ Binomial(20, 0.05), summed by hand from the probability function.
        var sum = 0.0;
        for (var x = 3; x <= 20; x++) sum += Math.Exp(SpecialFunctions.LogChoose(20, x)) * Math.Pow(0.05, x) * Math.Pow(0.95, 20 - x);
        Tails.BinomialAtLeast(3, 20, 0.05).ShouldBe(sum, 1e-14);
    }

    [Test]
    public void The_binomial_tail_is_one_at_zero_and_zero_beyond_n()
    {
        Tails.BinomialAtLeast(0, 10, 0.2).ShouldBe(1);
        Tails.BinomialAtLeast(11, 10, 0.2).ShouldBe(0);
        Tails.BinomialAtLeast(10, 10, 0.2).ShouldBe(Math.Pow(0.2, 10), 1e-20);
    }

    [Test]
    public void Poisson_tails_match_one_minus_the_first_terms()
    {
        Tails.PoissonAtLeast(1, 2).ShouldBe(1 - Math.Exp(-2), 1e-14);
        Tails.PoissonAtLeast(3, 2).ShouldBe(1 - Math.Exp(-2) * (1 + 2 + 2), 1e-14);
    }

    [Test]
    public void A_poisson_mean_known_exactly_gives_the_poisson_tail() =>
        Tails.OverdispersedPoissonAtLeast(7, 3.5, 0).ShouldBe(Tails.PoissonAtLeast(7, 3.5));

    [Test]
    public void A_poisson_mean_with_variance_equal_to_its_square_gives_the_geometric_tail() =>
        // Gamma shape 1 (exponential mean) makes the count geometric: P(X ≥ k) = (μ / (1 + μ))^k.
        Tails.OverdispersedPoissonAtLeast(3, 2, 4).ShouldBe(8.0 / 27, 1e-12);

    [Test]
    public void Uncertainty_in_the_mean_makes_a_large_count_less_surprising() =>
        Tails.OverdispersedPoissonAtLeast(30, 15, 10).ShouldBeGreaterThan(Tails.PoissonAtLeast(30, 15));

    [TestCase(0, 0.5)]
    [TestCase(1.959963984540054, 0.025)]
    [TestCase(-1.959963984540054, 0.975)]
    [TestCase(6, 9.865876450377012e-10)]
    public void Normal_tails_match_the_tables(double z, double expected) =>
        Tails.NormalAtLeast(z).ShouldBe(expected, expected * 1e-9);
}
