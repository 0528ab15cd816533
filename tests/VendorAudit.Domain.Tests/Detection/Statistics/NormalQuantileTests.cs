using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Tests.Detection.Statistics;

[TestFixture]
public sealed class NormalQuantileTests
{
    [TestCase(0.95, 1.959963984540054)]
    [TestCase(0.99, 2.5758293035489004)]
    [TestCase(0.90, 1.6448536269514722)]
    public void Two_sided_z_values_match_the_tables(double confidence, double z) =>
        NormalQuantile.TwoSided(confidence).ShouldBe(z, 1e-12);

    [TestCase(0.5, 0)]
    [TestCase(0.975, 1.959963984540054)]
    [TestCase(0.025, -1.959963984540054)]
    [TestCase(0.8413447460685429, 1)]           // Φ(1)
    [TestCase(1e-10, -6.361340902404056)]        // far tail, where the rational approximation alone drifts
    [TestCase(0.01, -2.3263478740408408)]        // just inside Acklam's lower region (p < 0.02425)
    public void Quantiles_match_known_values(double p, double z) =>
        NormalQuantile.Of(p).ShouldBe(z, 1e-12 * Math.Max(1, Math.Abs(z)));

    [Test]
    public void The_quantile_inverts_the_normal_tail_across_the_range()
    {
        foreach (var p in new[] { 1e-300, 1e-15, 1e-5, 0.02424, 0.02426, 0.1, 0.3, 0.499, 0.7, 0.97576, 0.999999 })
            Tails.NormalAtLeast(-NormalQuantile.Of(p)).ShouldBe(p, p * 1e-12);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(double.NaN)]
    public void A_probability_of_zero_or_one_has_no_finite_quantile(double p) =>
        Should.Throw<ArgumentOutOfRangeException>(() => NormalQuantile.Of(p));
}
