using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class VendorPeriodCallsTests
{
    private static readonly DateTimeOffset Nine = CallFactsBuilder.MonthStart.AddHours(9);

    [Test]
    public void The_same_callers_next_inbound_call_is_a_repeat_and_a_callback_the_vendor_placed_is_not()
    {
        var first = CallFactsBuilder.AnAnsweredCall().From(1).At(Nine).Build();
        var callback = CallFactsBuilder.AnAnsweredCall().From(1).At(Nine.AddHours(1)).AsACallbackPlaced().Build();
        var again = CallFactsBuilder.AnAnsweredCall().From(1).At(Nine.AddHours(5)).Build();
        var stranger = CallFactsBuilder.AnAnsweredCall().From(2).At(Nine.AddHours(2)).Build();

        var input = new VendorPeriodCalls([again, stranger, callback, first]);

        input.Calls[0].CallId.ShouldBe(first.CallId);
        input.SecondsToRepeat(0).ShouldBe(5 * 3600);
        input.SecondsToCallback(0).ShouldBe(3600);
        input.CalledAgainWithinWindow(0).ShouldBeTrue();
        input.SecondsToRepeat(2).ShouldBe(int.MaxValue);
        input.SecondsToRepeat(3).ShouldBe(int.MaxValue);
    }

    [Test]
    public void A_repeat_after_the_window_does_not_count()
    {
        var input = new VendorPeriodCalls(
        [
            CallFactsBuilder.AnAnsweredCall().From(1).At(Nine).Build(),
            CallFactsBuilder.AnAnsweredCall().From(1).At(Nine.AddHours(73)).Build(),
        ]);

        input.CalledAgainWithinWindow(0).ShouldBeFalse();
        new VendorPeriodCalls(input.Calls.ToArray(), repeatWindow: TimeSpan.FromDays(4)).CalledAgainWithinWindow(0).ShouldBeTrue();
    }

    [Test]
    public void Calls_from_the_end_of_the_period_on_are_follow_ups_only()
    {
        var end = CallFactsBuilder.MonthStart.AddMonths(1);
        var input = new VendorPeriodCalls(
        [
            CallFactsBuilder.AnAnsweredCall().By(1).From(1).At(end.AddHours(-2)).Build(),
            CallFactsBuilder.AnAnsweredCall().By(2).From(1).At(end.AddHours(3)).Build(),
        ], periodEnd: end);

        input.TestedCount.ShouldBe(1);
        input.AgentIds.ShouldBe([1]);
        input.AgentOf(1).ShouldBe(-1);
        input.SecondsToRepeat(0).ShouldBe(5 * 3600);
    }

    [Test]
    public void Unknown_callers_are_never_repeats_and_repeat_evidence_is_off_when_most_are_unknown()
    {
        var input = new VendorPeriodCalls(
        [
            CallFactsBuilder.AnAnsweredCall().FromAnUnknownNumber().At(Nine).Build(),
            CallFactsBuilder.AnAnsweredCall().FromAnUnknownNumber().At(Nine.AddHours(1)).Build(),
            CallFactsBuilder.AnAnsweredCall().From(3).At(Nine.AddHours(2)).Build(),
        ]);

        input.SecondsToRepeat(0).ShouldBe(int.MaxValue);
        input.CallersKnown.ShouldBeFalse();
    }

    [Test]
    public void Facts_are_read_from_a_stored_call_with_its_caller_hash_and_callback_flags()
    {
        var hash = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var call = new Call(3, "c-1", Nine, new CallTimings(40, 200, 15, 30), CallOutcome.Answered, EndedBy.Agent, agentId: 9,
            callerHash: hash, details: new CallDetails { InitiationMethod = "CALLBACK", CallbackMade = true });

        var facts = CallFacts.From(call);

        (facts.AgentId, facts.Wait, facts.Handle, facts.EndedBy, facts.IsCallback, facts.CallbackMade).ShouldBe((9, 40, 245, EndedBy.Agent, true, true));
        facts.Caller.ShouldBe(new CallerKey(0x0102030405060708UL, 0x090A0B0C0D0E0F10UL));
        CallFacts.From(new Call(3, "c-2", Nine, new CallTimings(5, 0), CallOutcome.Abandoned, EndedBy.Caller)).Caller.IsKnown.ShouldBeFalse();
    }
}
