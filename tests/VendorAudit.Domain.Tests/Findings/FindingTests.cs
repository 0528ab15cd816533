using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Tests.Findings;

[TestFixture]
public sealed class FindingTests
{
    private static readonly DateTimeOffset Noon = new(2026, 10, 2, 12, 0, 0, TimeSpan.Zero);

    private static Finding AHangUpFinding() =>
        new(1, 7, FindingKinds.AgentHangup, new Period(2026, 9), new FindingStatistics(400, 0.21, 1e-9, 1e-7), new FindingEvidence { CallIds = [1, 2, 3] });

    [Test]
    public void Re_running_detection_refreshes_the_numbers_but_keeps_the_auditors_decision()
    {
        var finding = AHangUpFinding();
        finding.Confirm("auditor-1", "Listened to 10 calls: agent hangs up at the greeting.", Noon);
        finding.Update(new FindingStatistics(420, 0.22, 1e-10, 1e-8), new FindingEvidence { CallIds = [1, 2, 3, 4] }).ShouldBeTrue();
        finding.Status.ShouldBe(FindingStatus.Confirmed);
        finding.DecidedBy.ShouldBe("auditor-1");
        finding.CallCount.ShouldBe(420);
        finding.Evidence.CallIds.Count.ShouldBe(4);
    }

    [Test]
    public void A_re_run_that_finds_exactly_what_is_stored_changes_nothing_and_says_so()
    {
        static FindingEvidence Evidence(double y, string? series = "agent") => new()
        {
            Summary = "Hangs up", SummaryFr = "Raccroche", CallIds = [1, 2, 3],
            Chart = [new ChartPoint { X = 1, Y = 0.5, Series = series }, new ChartPoint { X = 2, Y = y, Series = series }],
        };
        static FindingStatistics Current(Finding f) => new(f.CallCount, f.Effect, f.PValue, f.QValue);
        var statistics = new FindingStatistics(400, 0.21, 1e-9, 1e-7);
        var finding = new Finding(1, 7, FindingKinds.AgentHangup, new Period(2026, 9), statistics, Evidence(0.7));
        var stored = finding.Evidence;

        finding.Update(statistics, Evidence(0.7)).ShouldBeFalse();
        finding.Evidence.ShouldBeSameAs(stored);

        finding.Update(statistics with { QValue = 2e-7 }, Evidence(0.7)).ShouldBeTrue();
        finding.Update(Current(finding), Evidence(0.71)).ShouldBeTrue();
        finding.Update(Current(finding), Evidence(0.71, series: "peers")).ShouldBeTrue();
        finding.Update(Current(finding), new FindingEvidence { Summary = "Hangs up", SummaryFr = "Raccroche", CallIds = [1, 2] }).ShouldBeTrue();
        finding.Evidence.CallIds.ShouldBe([1L, 2L]);
    }

    [Test]
    public void A_decision_without_a_reason_is_refused()
    {
        Should.Throw<DomainException>(() => AHangUpFinding().Dismiss("auditor-1", "  ", Noon));
    }

    [Test]
    public void Only_the_kinds_of_the_domain_exist()
    {
        Should.Throw<DomainException>(() => new Finding(1, null, "rudeness", new Period(2026, 9), default, new FindingEvidence()));
        FindingKinds.All.Count.ShouldBe(6);
    }
}
