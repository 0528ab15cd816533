using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using static VendorAudit.Domain.Tests.Builders.AnswersBuilder;

namespace VendorAudit.Domain.Tests.Scorecards;

[TestFixture]
public sealed class ScorecardAnswerProblemsTests
{
    private static readonly ScorecardTemplate Hotline = TemplateFiles.HotlineQuality();

    [Test]
    public void A_complete_card_can_be_submitted() =>
        ScorecardScoring.Problems(Hotline, TheWorkedHotlineCard().NotApplicable("res-escalated").Build()).ShouldBeEmpty();

    [Test]
    public void An_unanswered_item_prevents_submitting_but_not_saving_a_draft()
    {
        // emp-not-rushed is missing; lang-register is there but neither valued nor N/A.
        var answers = TheWorkedHotlineCard().Without("emp-not-rushed").Without("lang-register")
            .AlsoAnswering(new ItemAnswer { ItemId = "lang-register" }).Build();

        ScorecardScoring.Problems(Hotline, answers).ShouldBe(["items[lang-register]: not answered.", "items[emp-not-rushed]: not answered."]);
        ScorecardScoring.DraftProblems(Hotline, answers).ShouldBeEmpty();
    }

    [Test]
    public void An_unknown_item_is_named() =>
        ScorecardScoring.Problems(Hotline, TheWorkedHotlineCard().With("lang-typo", 1).Build())
            .ShouldBe(["items[lang-typo]: not an item of hotline-quality v1."]);

    [Test]
    public void An_item_answered_twice_is_named_once()
    {
        var answers = TheWorkedHotlineCard().AlsoAnswering(new ItemAnswer { ItemId = "lang-register", Value = 0 }).Build();

        ScorecardScoring.Problems(Hotline, answers).ShouldBe(["items[lang-register]: answered 2 times."]);
    }

    [TestCase("lang-understood", 5, "items[lang-understood]: 5 is outside 0–4.")]
    [TestCase("lang-register", 2, "items[lang-register]: 2 is outside 0–1.")]
    [TestCase("emp-personalised", -1, "items[emp-personalised]: -1 is outside 0–10.")]
    public void A_value_outside_the_scale_is_refused_even_in_a_draft(string itemId, int value, string expected)
    {
        var answers = TheWorkedHotlineCard().With(itemId, value).Build();

        ScorecardScoring.Problems(Hotline, answers).ShouldBe([expected]);
        ScorecardScoring.DraftProblems(Hotline, answers).ShouldBe([expected]);
    }

    [Test]
    public void Not_applicable_on_an_item_that_does_not_allow_it_is_refused() =>
        ScorecardScoring.Problems(Hotline, TheWorkedHotlineCard().NotApplicable("res-ownership").Build())
            .ShouldBe(["items[res-ownership]: cannot be N/A."]);

    [Test]
    public void Both_not_applicable_and_a_value_is_refused()
    {
        var answers = TheWorkedHotlineCard().Without("res-escalated")
            .AlsoAnswering(new ItemAnswer { ItemId = "res-escalated", NotApplicable = true, Value = 1 }).Build();

        ScorecardScoring.Problems(Hotline, answers).ShouldBe(["items[res-escalated]: both N/A and a value."]);
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var answers = Answers().With("lang-understood", 9).NotApplicable("comp-no-hang-up").With("nope", 1).Build();

        var problems = ScorecardScoring.Problems(Hotline, answers);

        problems.ShouldContain("items[lang-understood]: 9 is outside 0–4.");
        problems.ShouldContain("items[comp-no-hang-up]: cannot be N/A.");
        problems.ShouldContain("items[nope]: not an item of hotline-quality v1.");
        problems.ShouldContain("items[res-ownership]: not answered.");
        problems.Count.ShouldBe(3 + 13); // and the 13 other items of the 15, not answered
    }
}
