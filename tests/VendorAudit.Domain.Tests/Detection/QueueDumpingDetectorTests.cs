using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class QueueDumpingDetectorTests
{
    [Test]
    public void An_agent_who_releases_callers_after_long_waits_is_a_queue_dumper_and_not_reported_twice_as_a_hang_up()
    {
        var calls = Traffic.Month(11, 20, 400, (agent, random, call) => agent == 4 && call.Wait >= 90 && random.NextDouble() < 0.4
            ? call.Talking(random.Next(0, 4)).OnHold(0).EndedByTheAgent().CalledAgainAfter(TimeSpan.FromMinutes(random.Next(1, 30)))
            : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.AgentId).ShouldBe((FindingKinds.QueueDumping, 4));
        finding.Evidence.Summary.ShouldContain("after a wait of 60 s or more within 3 s of talk");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldContain("après une attente d'au moins 60\u00A0s, dans les 3\u00A0s de conversation");
        var byId = calls.ToDictionary(c => c.CallId);
        finding.Evidence.CallIds.ShouldAllBe(id => byId[id].Wait >= 60 && byId[id].Talk <= 3);
        finding.Evidence.Chart.Where(p => p.Series == "agent").Max(p => p.Y).ShouldBeGreaterThan(0.2);
    }

    [Test]
    public void An_agent_who_hangs_up_whatever_the_wait_is_a_hang_up_and_not_a_queue_dumper()
    {
        var calls = Traffic.Month(12, 20, 400, (agent, random, call) => agent == 6 && random.NextDouble() < 0.25
            ? call.Talking(random.Next(0, 4)).OnHold(0).EndedByTheAgent().CalledAgainAfter(TimeSpan.FromMinutes(random.Next(10, 240)))
            : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        result.Findings.Select(f => (f.Kind, f.AgentId)).ShouldBe([(FindingKinds.AgentHangup, 6)]);
    }

    [Test]
    public void An_honest_month_has_no_queue_dumper()
    {
        var result = DetectionRun.Run(new VendorPeriodCalls(Traffic.Month(13, 30, 400)));

        result.Tested.ShouldContain(t => t.Kind == FindingKinds.QueueDumping);
        result.Findings.ShouldBeEmpty();
    }
}
