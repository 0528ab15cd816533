using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class TransferDeflectionDetectorTests
{
    [Test]
    public void An_agent_who_transfers_a_third_of_the_callers_who_then_call_again_is_a_deflector()
    {
        var calls = Traffic.Month(21, 20, 400, (agent, random, call) => agent == 8 && random.NextDouble() < 0.3
            ? call.Talking(random.Next(30, 90)).Transferred().CalledAgainAfter(TimeSpan.FromHours(random.Next(1, 48)))
            : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.AgentId).ShouldBe((FindingKinds.TransferDeflection, 8));
        finding.Statistics.Effect.ShouldBeInRange(0.2, 0.35);
        finding.Evidence.Summary.ShouldContain("of the transferred callers called again within 72 h");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldContain("des appelants transférés ont rappelé dans les 72\u00A0h");
    }

    [Test]
    public void A_specialist_desk_that_transfers_a_lot_but_whose_callers_do_not_call_again_is_not_flagged()
    {
        var calls = Traffic.Month(22, 20, 400, (agent, random, call) => agent == 8 && random.NextDouble() < 0.3
            ? call.Talking(random.Next(30, 90)).Transferred().NotCalledAgain()
            : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        result.Findings.ShouldBeEmpty();
        result.Tested.Single(t => t.Kind == FindingKinds.TransferDeflection && t.AgentId == 8).PValue.ShouldBeLessThan(1e-10);
    }
}
