using VendorAudit.Domain.Scorecards;
using static VendorAudit.Domain.Tests.Builders.AnswersBuilder;

namespace VendorAudit.Domain.Tests.Scorecards;

/// <summary>
/// A dimension with two sections: "resolution" (one yes/no item, weight 1) and "follow-up" (a 0–4 item of
/// weight 3 and a section-critical yes/no item of weight 1). The other three dimensions have one yes/no item each.
/// </summary>
[TestFixture]
public sealed class ScorecardScoringAcrossSectionsTests
{
    private static readonly ScorecardTemplate Template = new TemplateBuilder()
        .WithSection(new ScorecardSection("follow-up", Dimension.Resolution, TemplateBuilder.Text("Follow-up"),
        [
            TemplateBuilder.Item("callback") with { Scale = Scale.ZeroToFour, Weight = 3m },
            TemplateBuilder.Item("promise-kept", CriticalScope.Section),
        ]))
        .Build();

    [Test]
    public void A_dimension_weighs_the_items_of_all_its_sections_not_the_section_scores()
    {
        // resolution 1 × 1 = 1 → 100; follow-up callback 1/4 × 3 = 0.75, promise 1 → 1.75 / 4 → 43.75.
        // Resolution: (1 + 1.75) / (1 + 4) = 0.55 → 55.00, where the mean of the sections would be 71.88.
        var answers = Answers().With("resolution-item", 1).With("callback", 1).With("promise-kept", 1).Build();

        var result = ScorecardScoring.Score(Template, answers);

        result.Sections.Where(s => s.Dimension == Dimension.Resolution).Select(s => s.Score).ShouldBe([100m, 43.75m]);
        result.Resolution.ShouldBe(55.00m);
    }

    [Test]
    public void A_zeroed_section_counts_as_zero_times_its_weight_in_its_dimension_and_the_total()
    {
        // follow-up would be (3 + 0) / 4 = 75 but the critical item failed: 0 × its weight 4.
        // Resolution (1 + 0) / (1 + 4) = 20.00; Total (language 1 + empathy 1 + compliance 1 + resolution 1 + 0) / 8 = 50.00.
        var answers = Answers().With("language-item", 1).With("empathy-item", 1).With("compliance-item", 1)
            .With("resolution-item", 1).With("callback", 4).With("promise-kept", 0).Build();

        var result = ScorecardScoring.Score(Template, answers);

        result.Sections.Single(s => s.SectionId == "follow-up").ShouldBe(new SectionScore("follow-up", Dimension.Resolution, 0m, true));
        result.Sections.Single(s => s.SectionId == "resolution").ShouldBe(new SectionScore("resolution", Dimension.Resolution, 100m, false));
        result.Resolution.ShouldBe(20.00m);
        result.Total.ShouldBe(50.00m);
        result.Language.ShouldBe(100m);
    }
}
