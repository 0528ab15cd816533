using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Tests.Builders;
using static VendorAudit.Domain.Tests.Builders.AnswersBuilder;
using static VendorAudit.Domain.Tests.Builders.ScorecardBuilder;

namespace VendorAudit.Domain.Tests.Audits;

/// <summary>
/// Disputes of the worked hotline card (AnswersBuilder.TheWorkedHotlineCard), submitted on 5 October 2026 at 09:00 UTC
/// with a 14-day window. Its weighted points (ScorecardScoringTests): Language 5.25 / 6, Empathy 3.6 / 8,
/// Resolution 11 / 15, Compliance 11 / 11, total 30.85 / 40 = 77.13.
/// </summary>
[TestFixture]
public sealed class DisputeTests
{
    private const int Window = 14;
    private const string VendorUser = "vendor-user@acme";
    private const string Reviewer = "auditor-2";
    private static readonly DateTimeOffset OpenedAt = SubmittedAt.AddDays(3);
    private static readonly DateTimeOffset ResolvedAt = SubmittedAt.AddDays(6);

    private static DisputeItem Contest(string itemId, int? proposed = null, string reason = "The agent did this; listen at 02:10.") =>
        new() { ItemId = itemId, Reason = reason, ProposedValue = proposed };

    private static Dispute Open(Scorecard card, params DisputeItem[] items) => new(card, items, VendorUser, OpenedAt, Window);

    private static ItemRuling Ruling(string itemId, DisputeResolution resolution, int? value = null, string comment = "Checked against the recording.") =>
        new(itemId, resolution, value, comment);

    [Test]
    public void A_draft_cannot_be_disputed()
    {
        var draft = AHotlineScorecard().Draft();

        Should.Throw<DomainException>(() => Open(draft, Contest("emp-not-rushed", 1))).Message.ShouldContain("submitted");
        draft.Status.ShouldBe(ScorecardStatus.Draft);
    }

    [Test]
    public void A_dispute_on_the_last_day_of_the_window_is_accepted()
    {
        var card = AHotlineScorecard().Submitted();

        var dispute = new Dispute(card, [Contest("emp-not-rushed", 1)], VendorUser, SubmittedAt.AddDays(Window), Window);

        dispute.Status.ShouldBe(DisputeStatus.Open);
        card.Status.ShouldBe(ScorecardStatus.Disputed);
    }

    [Test]
    public void A_dispute_after_the_window_is_refused_with_the_date_it_closed()
    {
        var card = AHotlineScorecard().Submitted();

        var e = Should.Throw<DomainException>(() =>
            new Dispute(card, [Contest("emp-not-rushed", 1)], VendorUser, SubmittedAt.AddDays(Window).AddSeconds(1), Window));

        e.Message.ShouldContain("2026-10-19");
        e.Message.ShouldContain("14 days");
        card.Status.ShouldBe(ScorecardStatus.Submitted);
        card.Revisions.Count.ShouldBe(2);
    }

    [Test]
    public void A_dispute_without_items_is_refused()
    {
        var card = AHotlineScorecard().Submitted();

        Should.Throw<DomainException>(() => Open(card));
        card.Status.ShouldBe(ScorecardStatus.Submitted);
    }

    [Test]
    public void A_dispute_of_an_item_not_on_the_scorecard_is_refused_naming_it()
    {
        var card = AHotlineScorecard().Submitted();

        Should.Throw<DomainException>(() => Open(card, Contest("emp-not-rushed", 1), Contest("emp-smiled", 1)))
            .Message.ShouldContain("items[emp-smiled]");
        card.Status.ShouldBe(ScorecardStatus.Submitted);
    }

    [Test]
    public void A_dispute_without_a_reason_is_refused_naming_the_item()
    {
        var card = AHotlineScorecard().Submitted();

        Should.Throw<DomainException>(() => Open(card, Contest("emp-not-rushed", 1, reason: "   ")))
            .Message.ShouldContain("items[emp-not-rushed]");
        card.Status.ShouldBe(ScorecardStatus.Submitted);
    }

    [Test]
    public void The_same_item_disputed_twice_is_refused()
    {
        var card = AHotlineScorecard().Submitted();

        Should.Throw<DomainException>(() => Open(card, Contest("emp-not-rushed", 1), Contest("emp-not-rushed", 1, "Again.")));
        card.Status.ShouldBe(ScorecardStatus.Submitted);
        card.Revisions.Count.ShouldBe(2);
    }

    [Test]
    public void Opening_a_dispute_keeps_the_original_values_and_puts_the_scorecard_under_dispute()
    {
        var card = AHotlineScorecard().Submitted();

        var dispute = Open(card, Contest("emp-not-rushed", 1, "  The customer ended the call himself.  "), Contest("res-accurate-times", 1));

        dispute.Status.ShouldBe(DisputeStatus.Open);
        dispute.ScorecardId.ShouldBe(card.Id);
        dispute.VendorId.ShouldBe(VendorId);
        dispute.OpenedBy.ShouldBe(VendorUser);
        dispute.OpenedAt.ShouldBe(OpenedAt);
        dispute.Items.Select(i => (i.ItemId, i.OriginalValue, i.ProposedValue, i.Resolution))
            .ShouldBe([("emp-not-rushed", 0, 1, null), ("res-accurate-times", 0, 1, null)]);
        dispute.Items[0].Reason.ShouldBe("The customer ended the call himself.");
        dispute.TotalBefore.ShouldBeNull();
        card.Status.ShouldBe(ScorecardStatus.Disputed);
        card.Total.ShouldBe(77.13m);
        card.Revisions.Select(r => r.Kind).ShouldBe([RevisionKind.Created, RevisionKind.Submitted, RevisionKind.DisputeOpened]);
        var opened = card.Revisions.Last();
        opened.By.ShouldBe(VendorUser);
        opened.At.ShouldBe(OpenedAt);
        opened.Status.ShouldBe(ScorecardStatus.Disputed);
        opened.Note.ShouldBe("Disputed emp-not-rushed, res-accurate-times");
    }

    [Test]
    public void A_scorecard_is_disputed_once_only()
    {
        var card = AHotlineScorecard().Submitted();
        var first = Open(card, Contest("emp-not-rushed", 1));

        Should.Throw<DomainException>(() => Open(card, Contest("res-accurate-times", 1))).Message.ShouldContain("only once");

        first.Resolve(card, Hotline, [Ruling("emp-not-rushed", DisputeResolution.Rejected)], Reviewer, ResolvedAt);
        Should.Throw<DomainException>(() => Open(card, Contest("res-accurate-times", 1))).Message.ShouldContain("only once");
        card.Revisions.Count(r => r.Kind == RevisionKind.DisputeOpened).ShouldBe(1);
    }

    [Test]
    public void Resolving_needs_a_ruling_for_every_disputed_item()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("emp-not-rushed", 1), Contest("res-accurate-times", 1));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline, [Ruling("emp-not-rushed", DisputeResolution.Accepted, 1)], Reviewer, ResolvedAt))
            .Message.ShouldContain("items[res-accurate-times]");

        dispute.Status.ShouldBe(DisputeStatus.Open);
        card.Status.ShouldBe(ScorecardStatus.Disputed);
        card.Total.ShouldBe(77.13m);
    }

    [Test]
    public void Resolving_needs_a_comment_to_the_vendor_on_every_item()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("emp-not-rushed", 1));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline, [Ruling("emp-not-rushed", DisputeResolution.Rejected, comment: " ")], Reviewer, ResolvedAt))
            .Message.ShouldContain("items[emp-not-rushed]");
        dispute.Status.ShouldBe(DisputeStatus.Open);
    }

    [TestCase(DisputeResolution.Accepted)]
    [TestCase(DisputeResolution.PartlyAccepted)]
    public void Accepting_an_item_needs_a_value_other_than_the_original(DisputeResolution resolution)
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("emp-personalised", 10));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline, [Ruling("emp-personalised", resolution, 7)], Reviewer, ResolvedAt))
            .Message.ShouldContain("items[emp-personalised]");
        dispute.Status.ShouldBe(DisputeStatus.Open);
        card.Status.ShouldBe(ScorecardStatus.Disputed);
    }

    [Test]
    public void Rejecting_an_item_keeps_its_value_whatever_value_comes_with_the_ruling()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("emp-not-rushed", 1));

        dispute.Resolve(card, Hotline, [Ruling("emp-not-rushed", DisputeResolution.Rejected, 1, "  Interrupted twice at 01:40.  ")], Reviewer, ResolvedAt);

        var item = dispute.Items.ShouldHaveSingleItem();
        item.Resolution.ShouldBe(DisputeResolution.Rejected);
        item.ResolvedValue.ShouldBe(0);
        item.Comment.ShouldBe("Interrupted twice at 01:40.");
        card.Answers.For("emp-not-rushed")!.Value.ShouldBe(0);
        card.Status.ShouldBe(ScorecardStatus.Final);
        (dispute.TotalBefore, dispute.TotalAfter).ShouldBe((77.13m, 77.13m));
    }

    [Test]
    public void Resolving_applies_the_corrected_values_rescores_the_card_and_makes_it_final()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1), Contest("emp-personalised", 10), Contest("emp-not-rushed", 1));

        // res-accurate-times 0 → 1 (weight 2): Resolution 11 + 2 = 13 / 15 = 86.67.
        // emp-personalised 7 → 8 of 10 (weight 3): + 0.3; emp-not-rushed stays 0: Empathy 3.6 + 0.3 = 3.9 / 8 = 48.75.
        // Total 30.85 + 2 + 0.3 = 33.15 / 40 = 0.82875 → 82.88.
        dispute.Resolve(card, Hotline,
        [
            Ruling("emp-not-rushed", DisputeResolution.Rejected),
            Ruling("res-accurate-times", DisputeResolution.Accepted, 1),
            Ruling("emp-personalised", DisputeResolution.PartlyAccepted, 8),
        ], Reviewer, ResolvedAt);

        card.Status.ShouldBe(ScorecardStatus.Final);
        card.IsEditable.ShouldBeFalse();
        card.Answers.For("res-accurate-times")!.Value.ShouldBe(1);
        card.Answers.For("emp-personalised")!.Value.ShouldBe(8);
        card.Answers.For("emp-not-rushed")!.Value.ShouldBe(0);
        card.Answers.Items.ShouldAllBe(a => !a.NotApplicable);
        card.Resolution.ShouldBe(86.67m);
        card.Empathy.ShouldBe(48.75m);
        card.Language.ShouldBe(87.50m);
        card.Compliance.ShouldBe(100.00m);
        card.Total.ShouldBe(82.88m);
        card.UpdatedBy.ShouldBe(Reviewer);
        card.UpdatedAt.ShouldBe(ResolvedAt);
        card.SubmittedAt.ShouldBe(SubmittedAt);

        dispute.Status.ShouldBe(DisputeStatus.Resolved);
        dispute.ResolvedBy.ShouldBe(Reviewer);
        dispute.ResolvedAt.ShouldBe(ResolvedAt);
        dispute.TotalBefore.ShouldBe(77.13m);
        dispute.TotalAfter.ShouldBe(82.88m);
        dispute.Items.Select(i => (i.ItemId, i.Resolution, i.OriginalValue, i.ResolvedValue)).ShouldBe(
        [
            ("res-accurate-times", DisputeResolution.Accepted, 0, 1),
            ("emp-personalised", DisputeResolution.PartlyAccepted, 7, 8),
            ("emp-not-rushed", DisputeResolution.Rejected, 0, 0),
        ]);

        card.Revisions.Select(r => r.Kind).ShouldBe(
            [RevisionKind.Created, RevisionKind.Submitted, RevisionKind.DisputeOpened, RevisionKind.DisputeResolved]);
        var resolved = card.Revisions.Last();
        resolved.By.ShouldBe(Reviewer);
        resolved.Status.ShouldBe(ScorecardStatus.Final);
        resolved.Total.ShouldBe(82.88m);
        resolved.Note.ShouldBe("res-accurate-times: Accepted; emp-personalised: PartlyAccepted; emp-not-rushed: Rejected");
        resolved.Answers.For("res-accurate-times")!.Value.ShouldBe(1);
        // The submitted snapshot still shows what the vendor contested.
        card.Revisions.Single(r => r.Kind == RevisionKind.Submitted).ShouldSatisfyAllConditions(
            r => r.Total.ShouldBe(77.13m),
            r => r.Answers.For("res-accurate-times")!.Value.ShouldBe(0));
    }

    [Test]
    public void Accepting_no_value_on_an_item_that_allows_it_makes_the_item_not_applicable()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-escalated", reason: "Nothing needed escalating."));

        // res-escalated (weight 2) left out: Resolution 9 / 13 = 69.23; Total 28.85 / 38 = 75.92 (ScorecardScoringTests).
        dispute.Resolve(card, Hotline, [Ruling("res-escalated", DisputeResolution.Accepted, null)], Reviewer, ResolvedAt);

        var answer = card.Answers.For("res-escalated")!;
        answer.NotApplicable.ShouldBeTrue();
        answer.Value.ShouldBeNull();
        card.Resolution.ShouldBe(69.23m);
        (dispute.TotalBefore, dispute.TotalAfter).ShouldBe((77.13m, 75.92m));
    }

    [Test]
    public void A_dispute_is_resolved_once_only()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1));
        dispute.Resolve(card, Hotline, [Ruling("res-accurate-times", DisputeResolution.Accepted, 1)], Reviewer, ResolvedAt);

        Should.Throw<DomainException>(() =>
                dispute.Resolve(card, Hotline, [Ruling("res-accurate-times", DisputeResolution.Rejected)], "auditor-3", ResolvedAt.AddDays(1)))
            .Message.ShouldContain("already resolved");

        dispute.ResolvedBy.ShouldBe(Reviewer);
        dispute.Items[0].Resolution.ShouldBe(DisputeResolution.Accepted);
        card.Total.ShouldBe(82.13m); // (30.85 + 2) / 40 = 0.82125 → 82.13
        card.Revisions.Count(r => r.Kind == RevisionKind.DisputeResolved).ShouldBe(1);
    }

    [Test]
    public void Setting_no_value_on_an_item_that_cannot_be_not_applicable_is_refused_and_nothing_is_resolved()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1), Contest("emp-not-rushed"));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline,
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 1), Ruling("emp-not-rushed", DisputeResolution.Accepted, null)],
            Reviewer, ResolvedAt)).Message.ShouldContain("items[emp-not-rushed]: cannot be N/A");

        AssertUnresolved(dispute, card);
    }

    [Test]
    public void A_refused_resolution_leaves_no_item_half_answered()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1), Contest("emp-not-rushed", 1));

        // The first ruling is fine, the second lacks its comment: neither may stick.
        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline,
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 1), Ruling("emp-not-rushed", DisputeResolution.Rejected, comment: "")],
            Reviewer, ResolvedAt));
        AssertUnresolved(dispute, card);

        // A value off the item's scale is refused by the re-scoring, after every ruling passed its own checks.
        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline,
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 3), Ruling("emp-not-rushed", DisputeResolution.Rejected)],
            Reviewer, ResolvedAt)).Message.ShouldContain("items[res-accurate-times]");
        AssertUnresolved(dispute, card);

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline with { Version = 2 },
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 1), Ruling("emp-not-rushed", DisputeResolution.Rejected)],
            Reviewer, ResolvedAt));
        AssertUnresolved(dispute, card);
    }

    [Test]
    public void Two_rulings_on_the_same_item_are_refused_as_a_domain_rule()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline,
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 1), Ruling("res-accurate-times", DisputeResolution.Rejected)],
            Reviewer, ResolvedAt)).Message.ShouldContain("items[res-accurate-times]");
        AssertUnresolved(dispute, card);
    }

    [Test]
    public void A_ruling_on_an_item_the_vendor_did_not_dispute_is_refused_rather_than_dropped()
    {
        var card = AHotlineScorecard().Submitted();
        var dispute = Open(card, Contest("res-accurate-times", 1));

        Should.Throw<DomainException>(() => dispute.Resolve(card, Hotline,
            [Ruling("res-accurate-times", DisputeResolution.Accepted, 1), Ruling("emp-not-rushed", DisputeResolution.Accepted, 1)],
            Reviewer, ResolvedAt)).Message.ShouldContain("items[emp-not-rushed]");
        AssertUnresolved(dispute, card);
    }

    private static void AssertUnresolved(Dispute dispute, Scorecard card)
    {
        dispute.Status.ShouldBe(DisputeStatus.Open);
        dispute.ResolvedAt.ShouldBeNull();
        dispute.ResolvedBy.ShouldBeNull();
        dispute.TotalBefore.ShouldBeNull();
        dispute.TotalAfter.ShouldBeNull();
        dispute.Items.ShouldAllBe(i => i.Resolution == null && i.ResolvedValue == null && i.Comment == null);
        card.Status.ShouldBe(ScorecardStatus.Disputed);
        card.Total.ShouldBe(77.13m);
        card.Answers.For("res-accurate-times")!.Value.ShouldBe(0);
        card.Revisions.Last().Kind.ShouldBe(RevisionKind.DisputeOpened);
    }
}
