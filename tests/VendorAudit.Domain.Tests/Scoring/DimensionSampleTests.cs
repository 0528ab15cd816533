using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class DimensionSampleTests
{
    [Test]
    public void A_sample_has_the_mean_and_the_n_minus_1_variance_of_its_scores()
    {
        // mean = (70 + 80 + 90 + 100) / 4 = 85; deviations −15, −5, 5, 15; squares 225 + 25 + 25 + 225 = 500; 500 / (4 − 1) = 166.67
        var sample = DimensionSample.Of([70, 80, 90, 100]);
        sample.N.ShouldBe(4);
        sample.Mean.ShouldBe(85, 1e-12);
        sample.Variance.ShouldBe(500.0 / 3, 1e-9);
    }

    [Test]
    public void One_score_shows_no_spread_and_no_score_gives_an_empty_sample()
    {
        // one score: n − 1 = 0, so no variance can be estimated; it is 0 by convention
        DimensionSample.Of([73.5]).ShouldBe(new DimensionSample(1, 73.5, 0));
        DimensionSample.Of([]).ShouldBe(DimensionSample.None);
    }

    [Test]
    public void Scores_all_near_100_keep_their_small_variance()
    {
        // 99.99 and 99.97: mean 99.98, deviations ±0.01, variance (0.0001 + 0.0001) / 1 = 0.0002
        DimensionSample.Of([99.99, 99.97]).Variance.ShouldBe(0.0002, 1e-12);
    }

    [TestCase(-1)]
    [TestCase(100.01)]
    [TestCase(double.NaN)]
    public void A_score_outside_0_to_100_is_refused(double score) =>
        Should.Throw<ArgumentOutOfRangeException>(() => DimensionSample.Of([80, score]));
}
