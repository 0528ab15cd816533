using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Kpis;

namespace VendorAudit.Domain.Tests.Kpis;

[TestFixture]
public sealed class CallTallyTests
{
    [Test]
    public void Calls_added_one_at_a_time_sum_to_the_totals_the_kpis_read()
    {
        var tally = new CallTally(serviceLevelThresholdSeconds: 20);
        tally.Add(CallOutcome.Answered, waitSeconds: 20, handleSeconds: 300, transfers: 0);    // within 20 s (on the threshold)
        tally.Add(CallOutcome.Transferred, waitSeconds: 21, handleSeconds: 200, transfers: 1); // answered, too late, transferred
        tally.Add(CallOutcome.Abandoned, waitSeconds: 4, handleSeconds: 0, transfers: 0);      // short abandon
        tally.Add(CallOutcome.Abandoned, waitSeconds: 5, handleSeconds: 0, transfers: 0);      // a real abandon
        tally.Add(CallOutcome.SystemTimeout, waitSeconds: 600, handleSeconds: 0, transfers: 0);

        // offered 5, answered 2 (1 within), abandoned 2 (1 short), 1 drop, 1 transferred, wait 20 + 21, handle 300 + 200
        tally.ToTotals().ShouldBe(new CallTotals(5, 2, 1, 2, 1, 1, 1, 41, 500));
    }

    [Test]
    public void An_empty_tally_is_no_calls()
    {
        new CallTally(20).ToTotals().ShouldBe(CallTotals.None);
    }
}
