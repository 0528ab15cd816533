using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class DetectionRunTests
{
    private static List<CallFacts> MonthWithAHangUpAbuser(int seed) =>
        Traffic.Month(seed, 25, 400, (agent, random, call) => agent == 3 && random.NextDouble() < 0.1
            ? call.Talking(random.Next(1, 11)).OnHold(0).EndedByTheAgent().CalledAgainAfter(TimeSpan.FromHours(1))
            : call);

    [Test]
    public void Every_agent_and_kind_tested_enters_one_false_discovery_family()
    {
        var result = DetectionRun.Run(new VendorPeriodCalls(MonthWithAHangUpAbuser(51), 257));

        result.Tested.Count(t => t.Kind == FindingKinds.AgentHangup).ShouldBe(25);
        result.Tested.Count(t => t.Kind == FindingKinds.TransferDeflection).ShouldBe(25);
        result.Tested.Count(t => t.Kind == FindingKinds.HandleTimeGaming && t.AgentId != null).ShouldBe(25);
        result.Tested.ShouldContain(t => t.Kind == FindingKinds.SystemDrop && t.AgentId == null);
        result.Tested.ShouldAllBe(t => t.QValue >= t.PValue && t.QValue <= 1);
        result.Findings.Count.ShouldBe(result.Tested.Count(t => t.Kept));
    }

    [Test]
    public void A_finding_carries_its_statistics_with_the_q_value_of_the_whole_run()
    {
        var result = DetectionRun.Run(new VendorPeriodCalls(MonthWithAHangUpAbuser(52)));

        var finding = result.Findings.ShouldHaveSingleItem();
        var tested = result.Tested.Single(t => t.Kind == finding.Kind && t.AgentId == finding.AgentId);
        finding.Statistics.ShouldBe(new FindingStatistics(tested.CallCount, tested.Effect, tested.PValue, tested.QValue));
        new Finding(1, finding.AgentId, finding.Kind, new VendorAudit.Domain.Periods.Period(2026, 9), finding.Statistics, finding.Evidence).QValue.ShouldBe(tested.QValue);
    }

    [Test]
    public void A_significant_effect_smaller_than_the_practical_minimum_is_not_a_finding()
    {
        var options = DetectionOptions.Default with { MinHangupEffect = 0.5 };

        var result = DetectionRun.Run(new VendorPeriodCalls(MonthWithAHangUpAbuser(53)), options);

        result.Findings.ShouldBeEmpty();
        result.Tested.Single(t => t.Kind == FindingKinds.AgentHangup && t.AgentId == 3).QValue.ShouldBeLessThan(1e-6);
    }

    [Test]
    public void The_supporting_calls_are_capped()
    {
        var result = DetectionRun.Run(new VendorPeriodCalls(MonthWithAHangUpAbuser(54)), DetectionOptions.Default with { MaxEvidenceCalls = 5 });

        result.Findings.ShouldHaveSingleItem().Evidence.CallIds.Count.ShouldBe(5);
    }

    [Test]
    public void Agents_with_too_few_calls_are_not_tested_at_all()
    {
        var calls = Traffic.Month(55, 10, 60);

        DetectionRun.Run(new VendorPeriodCalls(calls)).Tested.ShouldNotContain(t => t.AgentId != null);
    }

    [TestCase(61)]
    [TestCase(62)]
    [TestCase(63)]
    public void An_honest_vendor_has_no_findings(int seed) =>
        DetectionRun.Run(new VendorPeriodCalls(Traffic.Month(seed, 40, 400), 257)).Findings.ShouldBeEmpty();
}
