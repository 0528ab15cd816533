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

    [Test]
    public void Follow_ups_are_those_a_search_through_every_later_call_finds_in_periods_built_one_after_another()
    {
        var random = new Random(20261204);
        foreach (var size in new[] { 3_000, 500, 1_200, 0, 2_000 })
        {
            var calls = Enumerable.Range(0, size).Select(_ => RandomCall(random)).ToArray();
            using var input = new VendorPeriodCalls(calls, repeatWindow: TimeSpan.FromDays(2));

            var sorted = input.Calls.ToArray();
            sorted.Select(c => c.CallId).ShouldBe(calls.Select(c => c.CallId), ignoreOrder: true);
            for (var i = 0; i < sorted.Length; i++)
            {
                (input.SecondsToRepeat(i), input.SecondsToCallback(i)).ShouldBe(SearchFollowUps(sorted, i), $"call {i} of {size}");
                if (i > 0) sorted[i].StartedAt.ShouldBeGreaterThanOrEqualTo(sorted[i - 1].StartedAt);
            }
        }
    }

    [Test]
    public void A_period_cannot_be_read_once_disposed_and_disposing_it_again_does_nothing()
    {
        var input = new VendorPeriodCalls([CallFactsBuilder.AnAnsweredCall().From(1).At(Nine).Build()]);
        input.Dispose();
        input.Dispose();

        Should.Throw<ObjectDisposedException>(() => input.Calls.Length);
        Should.Throw<ObjectDisposedException>(() => input.SecondsToRepeat(0));
        input.TestedCount.ShouldBe(1);
    }

    /// <summary>Few callers over a few days, so that most calls have a repeat or a callback; a tenth unknown.</summary>
    private static CallFacts RandomCall(Random random)
    {
        var call = CallFactsBuilder.AnAnsweredCall().At(Nine.AddMinutes(random.Next(0, 4 * 24 * 60)));
        if (random.Next(10) == 0) call.FromAnUnknownNumber(); else call.From(random.Next(40));
        switch (random.Next(6))
        {
            case 0: call.AsACallbackPlaced(); break;
            case 1: call.RequestingACallback(made: random.Next(2) == 0); break;
            case 2: return CallFactsBuilder.AnUnansweredCall(CallOutcome.Abandoned, 90).At(call.StartedAt).From(random.Next(40)).AsACallbackPlaced().Build();
        }
        return call.Build();
    }

    /// <summary>The definition, plainly: the first later inbound call and the first later callback made to the same known caller.</summary>
    private static (int Repeat, int Callback) SearchFollowUps(CallFacts[] sorted, int index)
    {
        var call = sorted[index];
        if (!call.Caller.IsKnown) return (int.MaxValue, int.MaxValue);
        int repeat = int.MaxValue, callback = int.MaxValue;
        for (var j = index + 1; j < sorted.Length; j++)
        {
            if (sorted[j].Caller != call.Caller) continue;
            var seconds = (int)((sorted[j].StartedAt - call.StartedAt).Ticks / TimeSpan.TicksPerSecond);
            var madeCallback = (sorted[j].IsCallback && sorted[j].WasAnswered) || (sorted[j].CallbackMade && !sorted[j].CallbackRequested);
            if (madeCallback) callback = Math.Min(callback, seconds);
            else if (sorted[j].IsInbound) repeat = Math.Min(repeat, seconds);
        }
        return (repeat, callback);
    }
}
