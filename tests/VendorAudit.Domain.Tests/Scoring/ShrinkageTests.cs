using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class ShrinkageTests
{
    // μ = 80, τ² = 25 (vendors' true scores spread by 5 points), σ² = 225 (one scorecard spreads by 15); z(95 %) = 1.959964
    private static readonly Prior Population = new(80, 25, 225);

    [Test]
    public void Three_lucky_calls_are_pulled_well_below_100_and_below_a_large_vendor_that_is_merely_good()
    {
        // n = 3, x̄ = 100: precision = 3/225 + 1/25 = 0.013333 + 0.04 = 0.053333
        // Score = (0.013333·100 + 0.04·80) / 0.053333 = (1.3333 + 3.2) / 0.053333 = 85.00
        // half-width = 1.959964·√(1/0.053333) = 1.959964·4.3301 = 8.4869 → [76.51, 93.49]
        var lucky = Shrinkage.Shrink(new DimensionSample(3, 100, 0), Population);
        lucky.ShouldBe(new Estimate(85, 76.51, 93.49, 3, 100));

        // n = 400, x̄ = 90: precision = 400/225 + 0.04 = 1.817778; Score = (1.777778·90 + 3.2) / 1.817778 = 163.2 / 1.817778 = 89.78
        // half-width = 1.959964·√(1/1.817778) = 1.959964·0.741702 = 1.4537 → [88.33, 91.23]
        var large = Shrinkage.Shrink(new DimensionSample(400, 90, 200), Population);
        large.ShouldBe(new Estimate(89.78, 88.33, 91.23, 400, 90));
        large.Score.ShouldBeGreaterThan(lucky.Score);
    }

    [Test]
    public void The_interval_narrows_as_n_grows()
    {
        // x̄ = 90; half-width = 1.959964·√(1/(n/225 + 0.04)):
        // n = 3:   precision 0.053333 → 8.4869, Score (1.2 + 3.2)/0.053333 = 82.50 → [74.01, 90.99]
        // n = 30:  precision 0.173333 → 4.7077, Score (12 + 3.2)/0.173333 = 87.69 → [82.98, 92.40]
        // n = 300: precision 1.373333 → 1.6725, Score (120 + 3.2)/1.373333 = 89.71 → [88.04, 91.38]
        var estimates = new[] { 3, 30, 300 }.Select(n => Shrinkage.Shrink(new DimensionSample(n, 90, 0), Population)).ToList();
        estimates[0].ShouldBe(new Estimate(82.5, 74.01, 90.99, 3, 90));
        estimates[1].ShouldBe(new Estimate(87.69, 82.98, 92.4, 30, 90));
        estimates[2].ShouldBe(new Estimate(89.71, 88.04, 91.38, 300, 90));
    }

    [Test]
    public void Without_scorecards_the_estimate_is_the_prior_mean_with_the_prior_interval()
    {
        // precision = 0 + 1/25; Score = 80; half-width = 1.959964·5 = 9.7998 → [70.20, 89.80]
        Shrinkage.Shrink(DimensionSample.None, Population).ShouldBe(new Estimate(80, 70.2, 89.8, 0, 0));
    }

    [Test]
    public void The_interval_is_clipped_at_100()
    {
        // n = 400, x̄ = 100: Score = (1.777778·100 + 3.2) / 1.817778 = 180.977778 / 1.817778 = 99.56; 99.56 + 1.45 > 100 → 100
        Shrinkage.Shrink(new DimensionSample(400, 100, 0), Population).ShouldBe(new Estimate(99.56, 98.11, 100, 400, 100));
    }

    [Test]
    public void A_lower_confidence_gives_a_narrower_interval()
    {
        // n = 0 at 90 %: z = 1.644854; half-width = 1.644854·5 = 8.2243 → [71.78, 88.22]
        Shrinkage.Shrink(DimensionSample.None, Population, 0.90).ShouldBe(new Estimate(80, 71.78, 88.22, 0, 0));
    }

    [Test]
    public void A_prior_without_variance_is_refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Shrinkage.Shrink(new DimensionSample(3, 90, 0), new Prior(80, 0, 225)));
}
