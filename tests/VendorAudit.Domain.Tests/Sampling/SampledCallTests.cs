using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Tests.Builders;

namespace VendorAudit.Domain.Tests.Sampling;

/// <summary>A call in the work queue: one auditor at a time, released only by that auditor, closed once scored.</summary>
[TestFixture]
public sealed class SampledCallTests
{
    private const string Alice = "auditor-alice";
    private const string Bob = "auditor-bob";
    private static readonly DateTimeOffset Nine = new(2026, 10, 6, 9, 0, 0, TimeSpan.Zero);

    private static SamplingPlan APlan() =>
        new(3, new Period(2026, 9), "hotline-quality", SampleSize.For(1200, 0.1, 0.95),
            [new Stratum("agent-7|billing", 600, 45), new Stratum("agent-8|billing", 600, 44)], 42UL,
            new DateOnly(2026, 10, 20), "lead-auditor", Nine.AddDays(-1));

    private static SampledCall ARandomCall() => new(APlan(), 4711, 7, SampleKind.Random, "agent-7|billing");

    [Test]
    public void A_sampled_call_starts_open_and_takes_the_vendor_month_and_due_date_of_its_plan()
    {
        var call = new SampledCall(APlan(), 4711, 7, SampleKind.Targeted, "agent-7|billing", findingId: 31);

        call.State.ShouldBe(SampledCallState.Open);
        call.AssignedTo.ShouldBeNull();
        call.ClaimedAt.ShouldBeNull();
        call.VendorId.ShouldBe(3);
        call.PeriodStart.ShouldBe(new DateOnly(2026, 9, 1));
        call.DueDate.ShouldBe(new DateOnly(2026, 10, 20));
        call.Kind.ShouldBe(SampleKind.Targeted);
        call.FindingId.ShouldBe(31);
        call.StratumKey.ShouldBe("agent-7|billing");
    }

    [Test]
    public void A_calibration_call_is_refused_in_a_plan()
    {
        Should.Throw<DomainException>(() => new SampledCall(APlan(), 4711, 7, SampleKind.Calibration, "agent-7|billing"))
            .Message.ShouldContain("calibration session");
    }

    [Test]
    public void A_call_claimed_by_one_auditor_is_refused_to_another_naming_the_first()
    {
        var call = ARandomCall();
        call.Claim(Alice, Nine);

        Should.Throw<DomainException>(() => call.Claim(Bob, Nine.AddMinutes(1))).Message.ShouldBe($"{Alice} claimed this call first.");

        call.AssignedTo.ShouldBe(Alice);
        call.ClaimedAt.ShouldBe(Nine);
        call.State.ShouldBe(SampledCallState.Claimed);
    }

    [Test]
    public void Claiming_a_call_one_already_holds_is_fine_and_keeps_the_first_claim_time()
    {
        var call = ARandomCall();
        call.Claim(Alice, Nine);

        call.Claim(Alice, Nine.AddHours(2));

        call.AssignedTo.ShouldBe(Alice);
        call.ClaimedAt.ShouldBe(Nine);
        call.State.ShouldBe(SampledCallState.Claimed);
    }

    [Test]
    public void Only_the_auditor_holding_a_call_can_release_it()
    {
        var call = ARandomCall();
        Should.Throw<DomainException>(() => call.Release(Alice));

        call.Claim(Alice, Nine);
        Should.Throw<DomainException>(() => call.Release(Bob));

        call.AssignedTo.ShouldBe(Alice);
        call.State.ShouldBe(SampledCallState.Claimed);
    }

    [Test]
    public void A_released_call_goes_back_to_the_queue_for_anyone_to_claim()
    {
        var call = ARandomCall();
        call.Claim(Alice, Nine);

        call.Release(Alice);
        call.State.ShouldBe(SampledCallState.Open);
        call.AssignedTo.ShouldBeNull();
        call.ClaimedAt.ShouldBeNull();

        call.Claim(Bob, Nine.AddHours(1));
        call.AssignedTo.ShouldBe(Bob);
        call.ClaimedAt.ShouldBe(Nine.AddHours(1));
    }

    [Test]
    public void A_scored_call_can_be_neither_claimed_nor_released()
    {
        var call = ARandomCall();
        call.Claim(Alice, Nine);
        var card = ScorecardBuilder.AHotlineScorecard().Submitted();
        call.Attach(card);

        call.MarkScored();

        call.State.ShouldBe(SampledCallState.Scored);
        call.ScorecardId.ShouldBe(card.Id);
        Should.Throw<DomainException>(() => call.Claim(Bob, Nine.AddDays(1))).Message.ShouldContain("scored");
        Should.Throw<DomainException>(() => call.Claim(Alice, Nine.AddDays(1))).Message.ShouldContain("scored");
        Should.Throw<DomainException>(() => call.Release(Alice)).Message.ShouldContain("scored");
        call.AssignedTo.ShouldBe(Alice);
    }

    [Test]
    public void Attaching_the_scorecard_keeps_the_call_claimed_until_it_is_marked_scored()
    {
        var call = ARandomCall();
        call.Claim(Alice, Nine);

        call.Attach(ScorecardBuilder.AHotlineScorecard().Draft());

        call.ScorecardId.ShouldNotBeNull();
        call.State.ShouldBe(SampledCallState.Claimed);
    }
}
