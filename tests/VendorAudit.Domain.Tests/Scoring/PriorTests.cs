using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class PriorTests
{
    [Test]
    public void The_prior_pools_the_scorecards_and_takes_the_spread_of_vendor_means_beyond_sampling_noise()
    {
        // μ  = (5·70 + 5·80 + 10·90) / 20 = 1650 / 20 = 82.5
        // σ² = (4·90 + 4·110 + 9·100) / (4 + 4 + 9) = 1700 / 17 = 100
        // means 70, 80, 90: their mean 80, sample variance (100 + 0 + 100) / 2 = 100
        // noise = mean(σ²/nᵢ) = (100/5 + 100/5 + 100/10) / 3 = 50 / 3 = 16.67; τ² = 100 − 16.67 = 83.33
        var prior = Shrinkage.PriorFrom([new(5, 70, 90), new(5, 80, 110), new(10, 90, 100)]);
        prior.Mean.ShouldBe(82.5, 1e-12);
        prior.WithinVariance.ShouldBe(100, 1e-9);
        prior.BetweenVariance.ShouldBe(250.0 / 3, 1e-9);
    }

    [Test]
    public void Vendors_closer_than_sampling_noise_explains_keep_the_floor_of_between_variance()
    {
        // means 78, 80, 82: sample variance (4 + 0 + 4) / 2 = 4; noise 16.67 as above; 4 − 16.67 < 0 → floor (2 points)² = 4
        // μ = (5·78 + 5·80 + 10·82) / 20 = 1610 / 20 = 80.5
        var prior = Shrinkage.PriorFrom([new(5, 78, 90), new(5, 80, 110), new(10, 82, 100)]);
        prior.Mean.ShouldBe(80.5, 1e-12);
        prior.BetweenVariance.ShouldBe(Shrinkage.MinBetweenVariance);
    }

    [Test]
    public void Vendors_without_scorecards_are_ignored()
    {
        // as the first test: the empty vendor's mean of 0 must not enter μ nor the spread of means
        var prior = Shrinkage.PriorFrom([new(5, 70, 90), DimensionSample.None, new(5, 80, 110), new(10, 90, 100)]);
        prior.Mean.ShouldBe(82.5, 1e-12);
        prior.BetweenVariance.ShouldBe(250.0 / 3, 1e-9);
    }

    [Test]
    public void Without_any_scorecard_the_prior_is_the_placeholder_0_with_variances_1()
    {
        Shrinkage.PriorFrom([]).ShouldBe(new Prior(0, 1, 1));
        Shrinkage.PriorFrom([DimensionSample.None]).ShouldBe(new Prior(0, 1, 1));
    }

    [Test]
    public void With_one_scorecard_per_vendor_the_within_spread_is_assumed_as_wide_as_a_score_can_be()
    {
        // no vendor has two cards: σ² = 50² = 2500; means 60 and 100 vary by 800 < 2500 noise → τ² at the floor; μ = 80
        var prior = Shrinkage.PriorFrom([new(1, 60, 0), new(1, 100, 0)]);
        prior.ShouldBe(new Prior(80, Shrinkage.MinBetweenVariance, Shrinkage.MaxVariance));
    }

    [Test]
    public void A_single_vendor_gets_a_prior_as_wide_as_one_scorecard()
    {
        // no spread between vendors can be seen: τ² = σ² = 144
        Shrinkage.PriorFrom([new(12, 75, 144)]).ShouldBe(new Prior(75, 144, 144));
    }

    [Test]
    public void Identical_scorecards_everywhere_keep_a_within_variance_of_one_point_squared()
    {
        Shrinkage.PriorFrom([new(10, 100, 0), new(20, 100, 0)]).WithinVariance.ShouldBe(Shrinkage.MinWithinVariance);
    }
}
