using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Tests.Builders;
using static VendorAudit.Domain.Tests.Builders.AnswersBuilder;
using static VendorAudit.Domain.Tests.Builders.ScorecardBuilder;

namespace VendorAudit.Domain.Tests.Audits;

/// <summary>
/// A scorecard's life on the real hotline-quality v1 template: drafts, submission, and the revision trail.
/// The worked card's scores are derived by hand in ScorecardScoringTests (total 77.13).
/// </summary>
[TestFixture]
public sealed class ScorecardTests
{
    private static readonly DateTimeOffset Later = SubmittedAt.AddMinutes(20);

    [Test]
    public void A_new_scorecard_is_a_draft_with_one_created_revision()
    {
        var card = AHotlineScorecard().Draft();

        card.Status.ShouldBe(ScorecardStatus.Draft);
        card.IsEditable.ShouldBeTrue();
        card.TemplateCode.ShouldBe("hotline-quality");
        card.TemplateVersion.ShouldBe(1);
        card.AuditorId.ShouldBe(Auditor);
        card.StartedAt.ShouldBe(StartedAt);
        card.UpdatedAt.ShouldBe(StartedAt);
        card.SubmittedAt.ShouldBeNull();
        card.Total.ShouldBeNull();
        card.Answers.Items.ShouldBeEmpty();
        var created = card.Revisions.ShouldHaveSingleItem();
        created.Kind.ShouldBe(RevisionKind.Created);
        created.Status.ShouldBe(ScorecardStatus.Draft);
        created.By.ShouldBe(Auditor);
        created.At.ShouldBe(StartedAt);
        created.VendorId.ShouldBe(VendorId);
        created.IsDraft.ShouldBeTrue();
        created.Total.ShouldBeNull();
    }

    [Test]
    public void A_scorecard_without_its_auditor_is_refused()
    {
        Should.Throw<DomainException>(() => new Scorecard(VendorId, CallId, 7, Hotline, "  ", SampleKind.Random, StartedAt));
    }

    [Test]
    public void A_calibration_scorecard_requires_its_calibration_session()
    {
        var e = Should.Throw<DomainException>(() => new Scorecard(VendorId, CallId, 7, Hotline, Auditor, SampleKind.Calibration, StartedAt));
        e.Message.ShouldContain("calibration session");

        var card = AHotlineScorecard().InCalibrationSession(12).Draft();
        card.SampleKind.ShouldBe(SampleKind.Calibration);
        card.CalibrationSessionId.ShouldBe(12);
    }

    [Test]
    public void Saving_a_partial_draft_keeps_it_a_draft_scored_over_the_answered_items_and_records_the_save()
    {
        var card = AHotlineScorecard().Draft();

        // Language only: (3/4 × 3 + 4/4 × 2 + 1 × 1) / 6 = 5.25 / 6 = 87.50, which is also the total over what is answered.
        card.SaveDraft(Hotline, Answers().With("lang-understood", 3).With("lang-clear-correct", 4).With("lang-register", 1).BuildAnswers(),
            Auditor, Later);

        card.Status.ShouldBe(ScorecardStatus.Draft);
        card.IsEditable.ShouldBeTrue();
        card.Language.ShouldBe(87.50m);
        card.Total.ShouldBe(87.50m);
        card.Empathy.ShouldBeNull();
        card.Resolution.ShouldBeNull();
        card.Compliance.ShouldBeNull();
        card.SubmittedAt.ShouldBeNull();
        card.UpdatedAt.ShouldBe(Later);
        card.UpdatedBy.ShouldBe(Auditor);
        card.Revisions.Select(r => r.Kind).ShouldBe([RevisionKind.Created, RevisionKind.DraftSaved]);
        var saved = card.Revisions.Last();
        saved.Status.ShouldBe(ScorecardStatus.Draft);
        saved.Total.ShouldBe(87.50m);
        saved.At.ShouldBe(Later);
        saved.IsDraft.ShouldBeTrue();
        saved.Answers.Items.Count.ShouldBe(3);
    }

    [Test]
    public void A_draft_with_a_malformed_answer_is_refused_and_the_card_is_left_as_it_was()
    {
        var card = AHotlineScorecard().Draft();

        var e = Should.Throw<DomainException>(() => card.SaveDraft(Hotline, Answers().With("lang-register", 2).BuildAnswers(), Auditor, Later));

        e.Message.ShouldContain("items[lang-register]");
        card.Total.ShouldBeNull();
        card.Answers.Items.ShouldBeEmpty();
        card.Revisions.Count.ShouldBe(1);
    }

    [Test]
    public void Submitting_with_unanswered_items_is_refused_naming_each_of_them()
    {
        var card = AHotlineScorecard().Draft();

        var e = Should.Throw<DomainException>(() => card.Submit(Hotline,
            TheWorkedHotlineCard().Without("emp-not-rushed").Without("comp-personal-data").BuildAnswers(), Auditor, SubmittedAt));

        e.Message.ShouldContain("items[emp-not-rushed]");
        e.Message.ShouldContain("items[comp-personal-data]");
        e.Message.ShouldNotContain("items[lang-understood]");
        card.Status.ShouldBe(ScorecardStatus.Draft);
        card.SubmittedAt.ShouldBeNull();
        card.Total.ShouldBeNull();
        card.Revisions.Count.ShouldBe(1);
    }

    [Test]
    public void Submitting_a_complete_card_scores_it_as_the_scoring_does_and_records_the_submission()
    {
        var card = AHotlineScorecard().Draft();
        var answers = TheWorkedHotlineCard().BuildAnswers("Polite, but rushed the end of the call.");

        card.Submit(Hotline, answers, Auditor, SubmittedAt);

        var expected = ScorecardScoring.Score(Hotline, answers.Items);
        card.Status.ShouldBe(ScorecardStatus.Submitted);
        card.IsEditable.ShouldBeFalse();
        card.SubmittedAt.ShouldBe(SubmittedAt);
        card.UpdatedAt.ShouldBe(SubmittedAt);
        (card.Language, card.Empathy, card.Resolution, card.Compliance, card.Total)
            .ShouldBe((expected.Language, expected.Empathy, expected.Resolution, expected.Compliance, expected.Total));
        card.Total.ShouldBe(77.13m);
        card.Answers.OverallComment.ShouldBe("Polite, but rushed the end of the call.");
        card.Revisions.Select(r => r.Kind).ShouldBe([RevisionKind.Created, RevisionKind.Submitted]);
        var submitted = card.Revisions.Last();
        submitted.Status.ShouldBe(ScorecardStatus.Submitted);
        submitted.Total.ShouldBe(77.13m);
        submitted.At.ShouldBe(SubmittedAt);
        submitted.IsDraft.ShouldBeFalse();
        submitted.Answers.Items.Count.ShouldBe(15);
    }

    [Test]
    public void A_saved_draft_can_be_submitted_later_and_every_step_stays_in_the_trail()
    {
        var card = AHotlineScorecard().Draft();
        card.SaveDraft(Hotline, Answers().With("lang-register", 1).BuildAnswers(), Auditor, StartedAt.AddMinutes(10));

        card.Submit(Hotline, TheWorkedHotlineCard().BuildAnswers(), Auditor, SubmittedAt);

        card.Revisions.Select(r => (r.Kind, r.Total)).ShouldBe(
            [(RevisionKind.Created, null), (RevisionKind.DraftSaved, 100m), (RevisionKind.Submitted, 77.13m)]);
    }

    [Test]
    public void A_submitted_card_refuses_another_draft_and_another_submission()
    {
        var card = AHotlineScorecard().Submitted();

        Should.Throw<DomainException>(() => card.SaveDraft(Hotline, TheWorkedHotlineCard().With("emp-not-rushed", 1).BuildAnswers(), Auditor, Later))
            .Message.ShouldContain("dispute");
        Should.Throw<DomainException>(() => card.Submit(Hotline, TheWorkedHotlineCard().With("emp-not-rushed", 1).BuildAnswers(), Auditor, Later))
            .Message.ShouldContain("already submitted");

        card.Total.ShouldBe(77.13m);
        card.Answers.For("emp-not-rushed")!.Value.ShouldBe(0);
        card.SubmittedAt.ShouldBe(SubmittedAt);
        card.Revisions.Count.ShouldBe(2);
    }

    [Test]
    public void A_template_of_another_code_or_version_is_refused()
    {
        var card = AHotlineScorecard().Draft();
        var nextVersion = Hotline with { Version = 2 };
        var otherForm = Hotline with { Code = "chat-quality" };
        var answers = TheWorkedHotlineCard().BuildAnswers();

        Should.Throw<DomainException>(() => card.SaveDraft(nextVersion, answers, Auditor, Later))
            .Message.ShouldBe("This scorecard is scored on hotline-quality v1, not hotline-quality v2.");
        Should.Throw<DomainException>(() => card.Submit(otherForm, answers, Auditor, Later))
            .Message.ShouldBe("This scorecard is scored on hotline-quality v1, not chat-quality v1.");
        card.Status.ShouldBe(ScorecardStatus.Draft);
        card.Revisions.Count.ShouldBe(1);
    }

    [Test]
    public void Changing_the_answers_passed_in_afterwards_changes_neither_the_card_nor_its_revisions()
    {
        var card = AHotlineScorecard().Draft();
        var answers = TheWorkedHotlineCard().BuildAnswers("first impression");
        card.Submit(Hotline, answers, Auditor, SubmittedAt);

        answers.Items.Single(a => a.ItemId == "emp-not-rushed").Value = 1;
        answers.Items.Single(a => a.ItemId == "res-escalated").Comment = "edited afterwards";
        answers.Items.RemoveAll(a => a.ItemId == "lang-register");
        answers.OverallComment = "edited afterwards";

        foreach (var snapshot in new[] { card.Answers, card.Revisions.Last().Answers })
        {
            snapshot.Items.Count.ShouldBe(15);
            snapshot.For("emp-not-rushed")!.Value.ShouldBe(0);
            snapshot.For("res-escalated")!.Comment.ShouldBeNull();
            snapshot.OverallComment.ShouldBe("first impression");
        }
        card.Total.ShouldBe(77.13m);
    }

    [Test]
    public void A_revision_keeps_its_snapshot_when_the_card_changes_after_it()
    {
        var card = AHotlineScorecard().Draft();
        card.SaveDraft(Hotline, Answers().With("lang-register", 1).BuildAnswers(), Auditor, StartedAt.AddMinutes(10));
        var draft = card.Revisions.Last();

        card.Submit(Hotline, TheWorkedHotlineCard().With("lang-register", 0).BuildAnswers(), Auditor, SubmittedAt);
        card.Answers.Items.Clear();

        draft.Answers.Items.ShouldHaveSingleItem().Value.ShouldBe(1);
        draft.Total.ShouldBe(100m);
        card.Revisions.Last().Answers.Items.Count.ShouldBe(15);
        card.Revisions.Last().Answers.For("lang-register")!.Value.ShouldBe(0);
        draft.Answers.ShouldNotBeSameAs(card.Revisions.Last().Answers);
    }

    [Test]
    public void Copying_answers_copies_each_item_not_the_reference()
    {
        var original = Answers().With("lang-register", 1).BuildAnswers("note");
        original.Items[0].Comment = "clear";

        var copy = original.Copy();
        original.Items[0].Value = 0;
        original.Items[0].Comment = "changed";
        original.Items.Add(new ItemAnswer { ItemId = "emp-not-rushed", Value = 1 });

        copy.Items.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            a => a.ItemId.ShouldBe("lang-register"),
            a => a.Value.ShouldBe(1),
            a => a.Comment.ShouldBe("clear"));
        copy.OverallComment.ShouldBe("note");
        copy.For("emp-not-rushed").ShouldBeNull();
    }
}
