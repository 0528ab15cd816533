using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Tests.Calls;

[TestFixture]
public sealed class CallbackFlagsTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [TestCase(false, false, null, CallbackFlags.None)]
    [TestCase(true, false, "INBOUND", CallbackFlags.Requested)]
    [TestCase(true, true, null, CallbackFlags.Requested | CallbackFlags.Made)]
    [TestCase(false, true, "CALLBACK", CallbackFlags.Made | CallbackFlags.IsCallback)]
    [TestCase(false, false, "callback", CallbackFlags.IsCallback)]
    public void A_call_keeps_the_callback_facts_its_details_give(bool requested, bool made, string? initiation, CallbackFlags expected)
    {
        var details = new CallDetails { CallbackRequested = requested, CallbackMade = made, InitiationMethod = initiation };
        var call = new Call(3, "c-1", Nine, new CallTimings(5, 60), CallOutcome.Answered, EndedBy.Caller, agentId: 7, details: details);

        call.CallbackFlags.ShouldBe(expected);
        var facts = CallFacts.From(call);
        (facts.CallbackRequested, facts.CallbackMade, facts.IsCallback).ShouldBe((requested, made, expected.HasFlag(CallbackFlags.IsCallback)));
    }

    [Test]
    public void Facts_read_with_the_stored_flags_say_the_same_as_facts_built_from_the_call()
    {
        var details = new CallDetails { CallbackMade = true, InitiationMethod = "CALLBACK" };
        var call = new Call(3, "c-2", Nine, new CallTimings(0, 30), CallOutcome.Answered, EndedBy.Agent, agentId: 7, details: details);

        new CallFacts(call.Id, call.AgentId, call.StartedAt, call.WaitSeconds, call.TalkSeconds, call.HoldSeconds, call.AcwSeconds,
            call.Outcome, call.EndedBy, call.Transfers, default, call.CallbackFlags).ShouldBe(CallFacts.From(call));
    }
}
