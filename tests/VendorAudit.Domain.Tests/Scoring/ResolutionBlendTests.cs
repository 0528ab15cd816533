using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class ResolutionBlendTests
{
    // Scorecards: 80 ± 6 from 40 cards, raw mean 82.
    private static readonly Estimate Scorecards = new(80, 74, 86, 40, 82);

    [Test]
    public void Resolution_weighs_scorecards_repeat_contacts_and_transfers()
    {
        // 0.6·80 + 0.25·100(1 − 0.12) + 0.15·100(1 − 0.08) = 48 + 22 + 13.8 = 83.8
        // half-width 0.6·6 = 3.6 → [80.2, 87.4]; raw 0.6·82 + 22 + 13.8 = 85
        ResolutionBlend.Combine(Scorecards, 0.12, 0.08).ShouldBe(new Estimate(83.8, 80.2, 87.4, 40, 85));
    }

    [Test]
    public void A_missing_rate_gives_its_weight_to_the_scorecards()
    {
        // no transfer rate: scorecards 0.6 + 0.15 = 0.75; 0.75·80 + 22 = 82; half-width 0.75·6 = 4.5 → [77.5, 86.5]; raw 0.75·82 + 22 = 83.5
        ResolutionBlend.Combine(Scorecards, 0.12, null).ShouldBe(new Estimate(82, 77.5, 86.5, 40, 83.5));
        // no repeat rate: scorecards 0.6 + 0.25 = 0.85; 0.85·80 + 13.8 = 81.8; half-width 0.85·6 = 5.1 → [76.7, 86.9]; raw 0.85·82 + 13.8 = 83.5
        ResolutionBlend.Combine(Scorecards, null, 0.08).ShouldBe(new Estimate(81.8, 76.7, 86.9, 40, 83.5));
    }

    [Test]
    public void Without_either_rate_resolution_is_the_scorecards_alone()
    {
        ResolutionBlend.Combine(Scorecards, null, null).ShouldBe(Scorecards);
    }

    [Test]
    public void An_interval_clipped_at_100_stays_clipped_where_it_was()
    {
        // scorecards 97 [91, 100] (clipped); no repeats, no transfers: 0.6·s + 25 + 15
        // 0.6·97 + 40 = 98.2; 0.6·91 + 40 = 94.6; 0.6·100 + 40 = 100
        ResolutionBlend.Combine(new Estimate(97, 91, 100, 40, 98), 0, 0).ShouldBe(new Estimate(98.2, 94.6, 100, 40, 98.8));
    }

    [TestCase(-0.01)]
    [TestCase(1.01)]
    public void A_rate_outside_0_to_1_is_refused(double rate) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ResolutionBlend.Combine(Scorecards, rate, 0.1));
}
