using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class CompositeTests
{
    // L 80 ± 4, E 72 ± 6, R 90 ± 3, C 60 ± 8; raw means 82, 68, 91, 55; n 40, 40, 38, 25.
    private static readonly QualityScores Scores = new(
        new Estimate(80, 76, 84, 40, 82), new Estimate(72, 66, 78, 40, 68),
        new Estimate(90, 87, 93, 38, 91), new Estimate(60, 52, 68, 25, 55));

    [Test]
    public void Quality_weighs_the_dimensions_and_combines_their_intervals_as_independent()
    {
        // 0.25·80 + 0.25·72 + 0.30·90 + 0.20·60 = 20 + 18 + 27 + 12 = 77
        // sdᵢ = hᵢ/z, so half-width = z·√Σ(wᵢ·hᵢ/z)² = √((0.25·4)² + (0.25·6)² + (0.3·3)² + (0.2·8)²)
        //     = √(1 + 2.25 + 0.81 + 2.56) = √6.62 = 2.5729 → [74.43, 79.57]
        // raw 0.25·82 + 0.25·68 + 0.3·91 + 0.2·55 = 20.5 + 17 + 27.3 + 11 = 75.8; n is the largest dimension's, 40
        Composite.Quality(Scores).ShouldBe(new Estimate(77, 74.43, 79.57, 40, 75.8));
    }

    [Test]
    public void The_composite_takes_0_2_points_per_abuse_index_point_with_the_quality_interval_shifted()
    {
        // 77 − 0.2·30 = 71; 71 ± 2.5729 → [68.43, 73.57]; raw 75.8 − 6 = 69.8
        Composite.Of(Scores, 30).ShouldBe(new Estimate(71, 68.43, 73.57, 40, 69.8));
    }

    [Test]
    public void A_dimension_without_scorecards_is_left_out_and_its_weight_shared()
    {
        // compliance N = 0: weights 0.25/0.8, 0.25/0.8, 0.30/0.8 = 0.3125, 0.3125, 0.375
        // 0.3125·80 + 0.3125·72 + 0.375·90 = 25 + 22.5 + 33.75 = 81.25
        // √((0.3125·4)² + (0.3125·6)² + (0.375·3)²) = √(1.5625 + 3.515625 + 1.265625) = √6.34375 = 2.5187 → [78.73, 83.77]
        // raw 0.3125·82 + 0.3125·68 + 0.375·91 = 25.625 + 21.25 + 34.125 = 81
        var scores = Scores with { Compliance = new Estimate(0, 0, 1.96, 0, 0) };
        Composite.Quality(scores).ShouldBe(new Estimate(81.25, 78.73, 83.77, 40, 81));
    }

    [Test]
    public void A_composite_below_0_is_clipped_and_keeps_its_interval_from_the_shifted_score()
    {
        // every dimension 10 ± 4: quality 10, half-width 4·√(0.0625 + 0.0625 + 0.09 + 0.04) = 4·√0.255 = 2.0199
        // 10 − 0.2·60 = −2 → 0; interval [−2 − 2.02, −2 + 2.02] = [−4.02, 0.02] → [0, 0.02]; raw 10 − 12 → 0
        var low = new Estimate(10, 6, 14, 5, 10);
        Composite.Of(new QualityScores(low, low, low, low), 60).ShouldBe(new Estimate(0, 0, 0.02, 5, 0));
    }

    [TestCase(-1)]
    [TestCase(101)]
    public void An_abuse_index_outside_0_to_100_is_refused(double index) =>
        Should.Throw<ArgumentOutOfRangeException>(() => Composite.Of(Scores, index));
}
