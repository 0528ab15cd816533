using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Tests.Builders;

namespace VendorAudit.Domain.Tests.Kpis;

[TestFixture]
public sealed class CallTests
{
    [Test]
    public void Handle_time_is_talk_plus_hold_plus_after_call_work()
    {
        CallBuilder.AnAnsweredCall().Talking(200).OnHold(40).WithAfterCallWork(17).Build().HandleSeconds.ShouldBe(257);
    }

    [Test]
    public void An_answered_call_without_an_agent_is_refused()
    {
        Should.Throw<DomainException>(() => CallBuilder.AnAnsweredCall().WithoutAgent().Build()).Message.ShouldContain("no agent");
    }

    [Test]
    public void Negative_durations_are_refused()
    {
        Should.Throw<DomainException>(() => new CallTimings(-1, 10));
    }

    [Test]
    public void Abandoned_and_transferred_calls_are_told_apart_from_answered_ones()
    {
        CallBuilder.AnAbandonedCall(wait: 40).Build().WasAnswered.ShouldBeFalse();
        CallBuilder.AnAnsweredCall().Transferred().Build().WasAnswered.ShouldBeTrue();
    }
}
