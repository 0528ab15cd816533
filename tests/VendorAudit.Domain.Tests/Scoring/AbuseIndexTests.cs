using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class AbuseIndexTests
{
    [Test]
    public void Agent_level_findings_weigh_10_and_vendor_wide_ones_20()
    {
        // 2 agent-level · 10 + 1 vendor-wide · 20 = 40
        AbuseIndex.From([
            new(1, FindingKinds.AgentHangup, false), new(2, FindingKinds.HandleTimeGaming, false), new(3, FindingKinds.QueueDumping, true),
        ]).ShouldBe(40);
    }

    [Test]
    public void The_index_is_capped_at_100()
    {
        // 4 vendor-wide · 20 + 3 agent-level · 10 = 110 → 100
        var confirmed = Enumerable.Range(1, 7).Select(i => new ConfirmedAbuse(i, FindingKinds.SystemDrop, VendorWide: i <= 4)).ToList();
        AbuseIndex.From(confirmed).ShouldBe(100);
    }

    [Test]
    public void No_confirmed_abuse_is_0_and_a_finding_listed_twice_counts_once()
    {
        AbuseIndex.From([]).ShouldBe(0);
        // finding 7 twice (say from a join): 10, not 20
        AbuseIndex.From([new(7, FindingKinds.AgentHangup, false), new(7, FindingKinds.AgentHangup, false)]).ShouldBe(10);
    }
}
