using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

[TestFixture]
public sealed class QueueLogStreamingTests
{
    [Test]
    public void A_large_log_streams_through_holding_only_the_calls_in_progress()
    {
        const int calls = 200_000;
        var parser = new QueueLogParser();
        long answered = 0, other = 0;

        foreach (var item in parser.Parse(new GeneratedQueueLog(calls)))
        {
            if (item is CallItem { Call.AgentName: not null }) answered++;
            else other++;
        }

        answered.ShouldBe(calls);
        other.ShouldBe(0);
        parser.OpenCallsHighWater.ShouldBeInRange(1, GeneratedQueueLog.Overlap);
    }
}
