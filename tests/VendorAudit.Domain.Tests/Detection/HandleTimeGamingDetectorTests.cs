using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class HandleTimeGamingDetectorTests
{
    private const int Cap = 257;

    private static Traffic.Behaviour Gaming(Func<int, bool> games, double rate) => (agent, random, call) =>
        games(agent) && call.Handle >= Cap && random.NextDouble() < rate
            ? call.OnHold(0).WithAfterCallWork(random.Next(8, 21)).Handling(Cap - 1 - random.Next(0, 9)).EndedByTheAgent()
            : call;

    [Test]
    public void An_agent_who_cuts_half_the_long_calls_short_under_the_cap_is_found_with_the_histogram_as_evidence()
    {
        var calls = Traffic.Month(31, 20, 400, Gaming(agent => agent == 9, 0.5));

        var result = DetectionRun.Run(new VendorPeriodCalls(calls, Cap));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.AgentId).ShouldBe((FindingKinds.HandleTimeGaming, 9));
        finding.Evidence.Summary.ShouldContain("under the 257 s handle-time cap where a smooth distribution predicts");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldContain("sous le plafond de durée de traitement de 257\u00A0s, là où une distribution régulière en prévoit");
        var byId = calls.ToDictionary(c => c.CallId);
        finding.Evidence.CallIds.ShouldAllBe(id => byId[id].AgentId == 9 && byId[id].Handle >= Cap - 20 && byId[id].Handle < Cap);
        byId[finding.Evidence.CallIds[0]].Handle.ShouldBe(Cap - 1);
        finding.Evidence.Chart.Where(p => p.Series == "cap").ShouldAllBe(p => p.X == Cap);
        finding.Evidence.Chart.ShouldContain(p => p.Series == "counterfactual");
        finding.Evidence.Chart.ShouldContain(p => p.Series == "observed");
    }

    [Test]
    public void A_fast_agent_with_a_smooth_distribution_well_under_the_cap_is_not_flagged()
    {
        var calls = Traffic.Month(32, 20, 400, (agent, random, call) =>
            agent == 2 ? call.Talking(Math.Max(20, call.Talk * 45 / 100)).WithAfterCallWork(12).OnHold(0) : call);

        var result = DetectionRun.Run(new VendorPeriodCalls(calls, Cap));

        result.Tested.ShouldContain(t => t.Kind == FindingKinds.HandleTimeGaming && t.AgentId == 2);
        result.Findings.ShouldBeEmpty();
    }

    [Test]
    public void Without_a_contract_cap_the_cap_is_found_in_the_vendors_own_data()
    {
        var calls = Traffic.Month(33, 20, 400, Gaming(agent => agent <= 4, 0.6));

        var result = DetectionRun.Run(new VendorPeriodCalls(calls, handleTimeCapSeconds: null));

        result.Findings.Select(f => (f.Kind, f.AgentId)).Order().ShouldBe(
            [(FindingKinds.HandleTimeGaming, 1), (FindingKinds.HandleTimeGaming, 2), (FindingKinds.HandleTimeGaming, 3), (FindingKinds.HandleTimeGaming, 4)]);
        result.Findings[0].Evidence.Summary.ShouldContain("cap found in the vendor's own data");
        var (cap, scanned) = CapFinder.Find(Histogram(calls), DetectionOptions.Default);
        cap.ShouldNotBeNull().ShouldBeInRange(Cap - 2, Cap + 3);
        scanned.ShouldBeGreaterThan(1000);
    }

    [Test]
    public void A_smooth_distribution_has_no_cap_to_find_and_nothing_is_tested()
    {
        var calls = Traffic.Month(34, 20, 400);

        CapFinder.Find(Histogram(calls), DetectionOptions.Default).Cap.ShouldBeNull();
        DetectionRun.Run(new VendorPeriodCalls(calls)).Tested.ShouldNotContain(t => t.Kind == FindingKinds.HandleTimeGaming);
    }

    [Test]
    public void A_policy_every_agent_follows_a_little_is_a_vendor_wide_finding()
    {
        var calls = Traffic.Month(35, 30, 400, Gaming(_ => true, 0.12));

        var result = DetectionRun.Run(new VendorPeriodCalls(calls, Cap));

        var vendorWide = result.Findings.Where(f => f.AgentId == null).ShouldHaveSingleItem();
        vendorWide.Kind.ShouldBe(FindingKinds.HandleTimeGaming);
        vendorWide.Evidence.Summary.ShouldStartWith("Across the agents who do not stand out on their own");
    }

    [Test]
    public void The_bunching_estimate_counts_a_pile_under_the_cap_against_the_line_it_sits_on()
    {
        // 30 calls per second from 137 s to 376 s (a flat density), plus 100 calls at 250 s.
        var counts = new int[400];
        for (var s = Cap - 120; s < Cap + 120; s++) counts[s] = 30;
        counts[250] += 100;

        var estimate = BunchingEstimate.At(counts, 0, Cap, BunchingShape.From(DetectionOptions.Default)).ShouldNotBeNull();

        estimate.ExpectedBelow.ShouldBe(600, 1e-6);
        estimate.ObservedBelow.ShouldBe(700);
        estimate.ExcessBelow.ShouldBe(100, 1e-6);
        estimate.MissingAbove.ShouldBe(0, 1e-6);
        estimate.PValue.ShouldBeLessThan(1e-4);
    }

    private static int[] Histogram(IEnumerable<CallFacts> calls)
    {
        var counts = new int[DetectionOptions.Default.CapSearchTo + DetectionOptions.Default.BunchingFitSeconds];
        foreach (var call in calls)
            if (call.WasAnswered && call.Handle < counts.Length) counts[call.Handle]++;
        return counts;
    }
}
