using VendorAudit.Domain.Scorecards;
using static VendorAudit.Domain.Tests.Builders.AnswersBuilder;

namespace VendorAudit.Domain.Tests.Scorecards;

/// <summary>
/// Scores on the real hotline-quality v1 template. Its weights: Language 3 + 2 + 1 = 6, Empathy 3 + 3 + 2 = 8,
/// Resolution 3 + 5 + 2 + 2 + 2 + 1 = 15, Compliance 5 + 3 + 3 = 11; all items 40.
/// The worked card (AnswersBuilder.TheWorkedHotlineCard), as weight × value / max:
///   Language   understood 3/4 × 3 = 2.25, clear 4/4 × 2 = 2, register 1 × 1 = 1        → 5.25 / 6 = 0.875  → 87.50
///   Empathy    acknowledged 2/4 × 3 = 1.5, personalised 7/10 × 3 = 2.1, not rushed 0 → 3.6 / 8 = 0.45    → 45.00
///   Resolution ownership 3, correct 6/10 × 5 = 3, escalated 2, times 0, callback 2, id 1 → 11 / 15 = 0.7333 → 73.33
///   Compliance 5 + 3 + 3                                                            → 11 / 11           → 100.00
///   Total      5.25 + 3.6 + 11 + 11 = 30.85 / 40 = 0.77125 → 77.125 → 77.13 (away from zero; to-even would say 77.12)
/// </summary>
[TestFixture]
public sealed class ScorecardScoringTests
{
    private static readonly ScorecardTemplate Hotline = TemplateFiles.HotlineQuality();

    [Test]
    public void A_fully_answered_card_scores_each_dimension_and_the_total_by_item_weight()
    {
        var result = ScorecardScoring.Score(Hotline, TheWorkedHotlineCard().Build());

        result.Language.ShouldBe(87.50m);
        result.Empathy.ShouldBe(45.00m);
        result.Resolution.ShouldBe(73.33m);
        result.Compliance.ShouldBe(100.00m);
        result.Total.ShouldBe(77.13m);
        result.Sections.Select(s => (s.SectionId, s.Score)).ShouldBe(
            [("language", 87.50m), ("empathy", 45.00m), ("resolution", 73.33m), ("compliance", 100.00m)]);
        result.Sections.ShouldAllBe(s => !s.ZeroedByCritical);
        result.FailedCriticalItems.ShouldBeEmpty();
        result.For(Dimension.Resolution).ShouldBe(result.Resolution);
    }

    [Test]
    public void Not_applicable_leaves_the_item_out_where_a_zero_counts_against_the_agent()
    {
        // res-escalated (weight 2) N/A: Resolution 11 − 2 = 9 over 15 − 2 = 13 = 0.6923 → 69.23;
        //   Total 30.85 − 2 = 28.85 over 40 − 2 = 38 = 0.75921 → 75.92.
        // res-escalated 0: Resolution 9 / 15 = 60.00; Total 28.85 / 40 = 0.72125 → 72.13.
        var notApplicable = ScorecardScoring.Score(Hotline, TheWorkedHotlineCard().NotApplicable("res-escalated").Build());
        var zero = ScorecardScoring.Score(Hotline, TheWorkedHotlineCard().With("res-escalated", 0).Build());

        notApplicable.Resolution.ShouldBe(69.23m);
        notApplicable.Total.ShouldBe(75.92m);
        zero.Resolution.ShouldBe(60.00m);
        zero.Total.ShouldBe(72.13m);
    }

    [Test]
    public void Exceeding_two_retention_attempts_zeroes_the_compliance_section_and_its_weight_in_the_total()
    {
        // Without the critical rule Compliance would be (5 + 0 + 3) / 11 = 72.73. Zeroed, its 11 weight earns 0:
        // Total (5.25 + 3.6 + 11 + 0) / 40 = 19.85 / 40 = 0.49625 → 49.63. The other sections keep their scores.
        var result = ScorecardScoring.Score(Hotline, TheWorkedHotlineCard().With("comp-retention-limit", 0).Build());

        result.Sections.Single(s => s.SectionId == "compliance").ShouldBe(new SectionScore("compliance", Dimension.Compliance, 0m, true));
        result.Compliance.ShouldBe(0m);
        result.Total.ShouldBe(49.63m);
        result.Language.ShouldBe(87.50m);
        result.Empathy.ShouldBe(45.00m);
        result.Resolution.ShouldBe(73.33m);
        result.FailedCriticalItems.ShouldBe(["comp-retention-limit"]);
    }

    [Test]
    public void Hanging_up_on_the_customer_zeroes_every_score_of_the_card()
    {
        var result = ScorecardScoring.Score(Hotline, TheWorkedHotlineCard().With("comp-no-hang-up", 0).Build());

        result.Total.ShouldBe(0m);
        foreach (var dimension in Enum.GetValues<Dimension>()) result.For(dimension).ShouldBe(0m);
        result.Sections.ShouldAllBe(s => s.Score == 0m && s.ZeroedByCritical);
        result.FailedCriticalItems.ShouldBe(["comp-no-hang-up"]);
    }

    [Test]
    public void Every_failed_critical_item_is_listed_in_template_order()
    {
        var answers = TheWorkedHotlineCard().With("comp-personal-data", 0).With("comp-no-hang-up", 0).Build();

        ScorecardScoring.Score(Hotline, answers).FailedCriticalItems.ShouldBe(["comp-no-hang-up", "comp-personal-data"]);
    }

    [Test]
    public void A_draft_is_scored_on_its_answered_items_and_untouched_sections_score_null()
    {
        // Language 5.25 / 6 → 87.50; Resolution correct 5/10 × 5 = 2.5 over 5 → 50.00;
        // Total (5.25 + 2.5) / (6 + 5) = 7.75 / 11 = 0.70454 → 70.45.
        var answers = Answers().With("lang-understood", 3).With("lang-clear-correct", 4).With("lang-register", 1)
            .With("res-correct-complete", 5).Build();

        var result = ScorecardScoring.Score(Hotline, answers);

        result.Language.ShouldBe(87.50m);
        result.Resolution.ShouldBe(50.00m);
        result.Empathy.ShouldBeNull();
        result.Compliance.ShouldBeNull();
        result.Total.ShouldBe(70.45m);
        result.Sections.Where(s => s.Score is null).Select(s => s.SectionId).ShouldBe(["empathy", "compliance"]);
    }

    [Test]
    public void A_section_answered_only_with_not_applicable_scores_null_not_zero()
    {
        var answers = Answers().With("lang-register", 1)
            .NotApplicable("res-escalated").NotApplicable("res-accurate-times").NotApplicable("res-callback-recorded").Build();

        var result = ScorecardScoring.Score(Hotline, answers);

        result.Resolution.ShouldBeNull();
        result.Total.ShouldBe(100m);
    }

    [Test]
    public void Nothing_answered_scores_null_everywhere()
    {
        var result = ScorecardScoring.Score(Hotline, []);

        result.Total.ShouldBeNull();
        result.Sections.ShouldAllBe(s => s.Score == null && !s.ZeroedByCritical);
    }

    [Test]
    public void Scoring_malformed_answers_is_refused_with_the_problems()
    {
        var answers = TheWorkedHotlineCard().With("lang-understood", 5).Build();

        Should.Throw<DomainException>(() => ScorecardScoring.Score(Hotline, answers))
            .Message.ShouldBe("items[lang-understood]: 5 is outside 0–4.");
    }
}
