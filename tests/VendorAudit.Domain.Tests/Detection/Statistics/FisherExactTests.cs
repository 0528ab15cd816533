using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class FisherExactTests
{
    [Test]
    public void The_lady_tasting_tea_with_three_cups_of_four_right_has_p_17_in_70() =>
        FisherExact.GreaterP(3, 4, 1, 4).ShouldBe(17.0 / 70, 1e-14);

    [Test]
    public void All_four_cups_right_has_p_1_in_70() =>
        FisherExact.GreaterP(4, 4, 0, 4).ShouldBe(1.0 / 70, 1e-14);

    [Test]
    public void A_share_below_the_peers_is_not_significant() =>
        FisherExact.GreaterP(1, 100, 50, 1000).ShouldBeGreaterThan(0.99);

    [Test]
    public void No_events_at_all_gives_p_one() => FisherExact.GreaterP(0, 50, 0, 500).ShouldBe(1);

    [Test]
    public void Both_tails_agree_with_a_sum_over_the_hypergeometric_distribution()
    {
        for (var k = 0; k <= 12; k++)
            FisherExact.GreaterP(k, 12, 9, 40).ShouldBe(BruteForce(k, 12, 9, 40), 1e-12, $"k = {k}");
    }

    [Test]
    public void Large_counts_stay_finite_and_tiny_when_the_difference_is_huge()
    {
        var p = FisherExact.GreaterP(100, 400, 100, 14_000);
        p.ShouldBeGreaterThan(0);
        p.ShouldBeLessThan(1e-60);
    }

    private static double BruteForce(int k, int n, int peerK, int peerN)
    {
        var (total, events) = (n + peerN, k + peerK);
        var sum = 0.0;
        for (var x = k; x <= Math.Min(n, events); x++)
            sum += Math.Exp(SpecialFunctions.LogChoose(events, x) + SpecialFunctions.LogChoose(total - events, n - x) - SpecialFunctions.LogChoose(total, n));
        return sum;
    }
}
