using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class AgentHangupDetectorTests
{
    private static CallFactsBuilder HangUp(Random random, CallFactsBuilder call) =>
        call.Talking(random.Next(1, 11)).OnHold(0).WithAfterCallWork(random.Next(0, 9)).EndedByTheAgent()
            .CalledAgainAfter(TimeSpan.FromMinutes(random.Next(10, 240)));

    [Test]
    public void An_agent_who_hangs_up_on_eight_percent_of_callers_who_then_call_back_is_found()
    {
        var calls = Traffic.Month(1, 20, 400, (agent, random, call) => agent == 7 && random.NextDouble() < 0.08 ? HangUp(random, call) : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.AgentId).ShouldBe((FindingKinds.AgentHangup, 7));
        finding.Statistics.Effect.ShouldBeInRange(0.05, 0.12);
        finding.Statistics.QValue.ShouldBeLessThanOrEqualTo(0.01);
        finding.Evidence.Summary.ShouldContain("within 10 s of talk");
        finding.Evidence.Summary.ShouldContain("called again within 72 h");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldContain("des appels décrochés dans les 10\u00A0s de conversation");
        finding.Evidence.SummaryFr.ShouldContain("ont rappelé dans les 72\u00A0h");
        var byId = calls.ToDictionary(c => c.CallId);
        finding.Evidence.CallIds.ShouldNotBeEmpty();
        finding.Evidence.CallIds.ShouldAllBe(id => byId[id].AgentId == 7 && byId[id].Talk <= 10);
        finding.Evidence.Chart.ShouldContain(p => p.Series == "agent");
    }

    [Test]
    public void A_wrong_number_desk_whose_many_short_calls_are_ended_by_the_callers_is_not_flagged()
    {
        var calls = Traffic.Month(2, 20, 400, (agent, random, call) => agent == 3 && random.NextDouble() < 0.45
            ? call.Talking(random.Next(3, 21)).OnHold(0).EndedByTheCaller().NotCalledAgain()
            : call);

        DetectionRun.Run(new VendorPeriodCalls(calls)).Findings.ShouldBeEmpty();
    }

    [Test]
    public void A_subtle_abuser_hanging_up_on_four_percent_of_a_month_of_calls_is_found()
    {
        var calls = Traffic.Month(3, 40, 400, (agent, random, call) => agent == 12 && random.NextDouble() < 0.04 ? HangUp(random, call) : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        result.Findings.Select(f => (f.Kind, f.AgentId)).ShouldBe([(FindingKinds.AgentHangup, 12)]);
    }

    [Test]
    public void Quick_endings_that_no_caller_calls_back_about_look_like_silent_calls_and_are_not_flagged()
    {
        var calls = Traffic.Month(4, 20, 400, (agent, random, call) => agent == 5 && random.NextDouble() < 0.08
            ? HangUp(random, call).NotCalledAgain()
            : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        result.Findings.ShouldBeEmpty();
        result.Tested.Single(t => t.Kind == FindingKinds.AgentHangup && t.AgentId == 5).QValue.ShouldBeLessThan(0.01);
    }

    [Test]
    public void Without_caller_numbers_the_agents_share_alone_decides()
    {
        var calls = Traffic.Month(4, 20, 400, (agent, random, call) => (agent == 5 && random.NextDouble() < 0.08
            ? HangUp(random, call).NotCalledAgain()
            : call).FromAnUnknownNumber());

        DetectionRun.Run(new VendorPeriodCalls(calls)).Findings.Select(f => (f.Kind, f.AgentId)).ShouldBe([(FindingKinds.AgentHangup, 5)]);
    }

    [Test]
    public void The_effect_is_the_agents_share_minus_its_peers_share_and_the_count_its_answered_calls()
    {
        var calls = new List<CallFacts>();
        for (var i = 0; i < 200; i++)
        {
            calls.Add(CallFactsBuilder.AnAnsweredCall().By(1).Talking(i < 20 ? 4 : 200).EndedByTheAgent().FromAnUnknownNumber().Build());
            calls.Add(CallFactsBuilder.AnAnsweredCall().By(2).Talking(i < 2 ? 4 : 200).EndedByTheAgent().FromAnUnknownNumber().Build());
        }

        var candidate = new VendorAudit.Domain.Detection.Detectors.AgentHangupDetector(DetectionOptions.Default)
            .Test(new VendorPeriodCalls(calls)).Single(c => c.AgentId == 1);

        candidate.CallCount.ShouldBe(200);
        candidate.Effect.ShouldBe(0.10 - 0.01, 1e-12);
    }
}
