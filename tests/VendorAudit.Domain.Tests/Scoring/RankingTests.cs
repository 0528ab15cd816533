using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class RankingTests
{
    private static Estimate E(double score, double low, double high) => new(score, low, high, 100, score);

    [Test]
    public void Equal_scores_share_a_rank_and_overlapping_intervals_are_named()
    {
        // alpha 85 [80, 90] and bravo 85 [83, 87] tie: ranks 1, 1, then charlie 3 and delta 4
        // alpha–bravo overlap; alpha.low 80 > charlie.high 75: apart; charlie.low 65 ≤ delta.high 66: overlap
        var ranked = Ranking.Rank([
            ("delta", E(60, 50, 66)), ("bravo", E(85, 83, 87)), ("charlie", E(70, 65, 75)), ("alpha", E(85, 80, 90)),
        ]);
        ranked.Select(r => (r.Key, r.Rank)).ShouldBe([("alpha", 1), ("bravo", 1), ("charlie", 3), ("delta", 4)]);
        ranked[0].OverlapsWith.ShouldBe(["bravo"]);
        ranked[1].OverlapsWith.ShouldBe(["alpha"]);
        ranked[2].OverlapsWith.ShouldBe(["delta"]);
        ranked[3].OverlapsWith.ShouldBe(["charlie"]);
    }

    [Test]
    public void Intervals_that_only_touch_overlap_and_a_wide_one_overlaps_everything_it_spans()
    {
        // a [80, 90] touches b [70, 80]; c 75 [40, 95] spans both; ranks by score 85, 75 (c), 74 (b)
        var ranked = Ranking.Rank([("a", E(85, 80, 90)), ("b", E(74, 70, 80)), ("c", E(75, 40, 95))]);
        ranked.Select(r => r.Key).ShouldBe(["a", "c", "b"]);
        ranked.Single(r => r.Key == "a").OverlapsWith.ShouldBe(["c", "b"]);
        ranked.Single(r => r.Key == "b").OverlapsWith.ShouldBe(["a", "c"]);
    }

    [Test]
    public void No_vendor_gives_an_empty_ranking_and_a_vendor_listed_twice_is_refused()
    {
        Ranking.Rank([]).ShouldBeEmpty();
        Should.Throw<ArgumentException>(() => Ranking.Rank([("a", E(85, 80, 90)), ("a", E(70, 60, 80))]));
    }

    [TestCase(1, "1st")]
    [TestCase(2, "2nd")]
    [TestCase(3, "3rd")]
    [TestCase(4, "4th")]
    [TestCase(11, "11th")]
    [TestCase(12, "12th")]
    [TestCase(13, "13th")]
    [TestCase(21, "21st")]
    [TestCase(22, "22nd")]
    [TestCase(103, "103rd")]
    [TestCase(111, "111th")]
    public void English_ordinals_follow_the_last_digit_except_in_the_teens(int rank, string ordinal) =>
        Ranking.Ordinal(rank, "en").ShouldBe(ordinal);

    [TestCase(1, "fr", "1er")]
    [TestCase(2, "fr", "2e")]
    [TestCase(3, "fr-FR", "3e")]
    [TestCase(21, "FR", "21e")]
    public void French_ordinals_are_1er_then_e(int rank, string language, string ordinal) =>
        Ranking.Ordinal(rank, language).ShouldBe(ordinal);

    [Test]
    public void There_is_no_rank_0() => Should.Throw<ArgumentOutOfRangeException>(() => Ranking.Ordinal(0, "en"));
}
