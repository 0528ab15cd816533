using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.QueueLog.QueueLogInput;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

/// <summary>The known traps of queue_log (DOMAIN.md): consult-call transfers, unlogged transfers, disorder, missing ends.</summary>
[TestFixture]
public sealed class QueueLogTrapTests
{
    [Test]
    public void Interleaved_calls_are_each_built_from_their_own_lines_and_yielded_as_they_end()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000001|B|sales|NONE|ENTERQUEUE||0622222222|1",
            "1700000003|A|support|SIP/1001|CONNECT|3|A2|1",
            "1700000004|B|sales|SIP/2001|CONNECT|3|B2|1",
            "1700000010|B|sales|SIP/2001|COMPLETEAGENT|3|6|1",
            "1700000020|A|support|SIP/1001|COMPLETECALLER|3|17|1");

        items.Select(i => i.Line).ShouldBe([5L, 6L]);
        var calls = items.Calls();
        calls.Select(c => (c.ExternalId, c.Queue, c.AgentName, c.CallerNumber, c.Timings.Talk, c.EndedBy)).ShouldBe([
            ("B", "sales", "SIP/2001", "0622222222", 6, EndedBy.Agent),
            ("A", "support", "SIP/1001", "0611111111", 17, EndedBy.Caller)]);
    }

    [Test]
    public void A_call_without_an_end_is_reported_incomplete_at_the_end_of_the_file_from_its_ENTERQUEUE_line()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000001|B|support|NONE|ENTERQUEUE||0622222222|2",
            "1700000003|B|support|SIP/1001|CONNECT|2|B2|1");

        items.ShouldAllBe(i => i is IncompleteItem);
        var incomplete = items.Cast<IncompleteItem>().ToList();
        incomplete.Select(i => (i.Line, i.ExternalId)).ShouldBe([(1L, "A"), (2L, "B")]);
        incomplete[0].Reason.ShouldBe("no end event (entered the queue at line 1, never answered)");
        incomplete[1].Reason.ShouldBe("no end event (entered the queue at line 2, answered by SIP/1001 at line 3)");
    }

    [Test]
    public void A_transfer_logged_under_the_consult_call_id_goes_to_the_call_its_agent_is_on_timed_by_that_call()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000005|A|support|SIP/1001|CONNECT|5|A2|1",
            "1700000060|C|support|SIP/1001|ATTENDEDTRANSFER|BRIDGE|C3|2|30|1",
            "1700000070|A|support|SIP/1001|COMPLETEAGENT|5|65|1");

        var item = items[0].ShouldBeOfType<CallItem>();
        item.Line.ShouldBe(3);
        var call = item.Call;
        (call.ExternalId, call.Outcome, call.AgentName, call.Transfers).ShouldBe(("A", CallOutcome.Transferred, "SIP/1001", 1));
        call.Timings.ShouldBe(new CallTimings(5, 55)); // from A's CONNECT to the transfer, not the consult's 30 s
        call.Details.TransferTarget.ShouldBe("BRIDGE|C3");
        // The call was counted once; a later end for it is reported, not turned into a second call.
        items.SingleRejection(4).Reason.ShouldContain("COMPLETEAGENT for callid 'A' that is not in a queue");
        items.Count.ShouldBe(2);
    }

    [Test]
    public void A_transfer_for_an_unknown_call_id_with_no_call_on_that_agent_is_rejected_not_invented()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000005|A|support|SIP/1001|CONNECT|5|A2|1",
            "1700000060|C|support|SIP/1009|BLINDTRANSFER|2000|from-internal|2|30|1",
            "1700000070|A|support|SIP/1001|COMPLETEAGENT|5|65|1");

        items.SingleRejection(3).Reason.ShouldBe(
            "BLINDTRANSFER for callid 'C' that is not in a queue, and no call in a queue is connected to agent 'SIP/1009'");
        items.Calls().ShouldHaveSingleItem().Outcome.ShouldBe(CallOutcome.Answered);
    }

    [Test]
    public void A_consult_call_transfer_is_rejected_when_two_calls_are_on_that_agent()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000001|A|support|SIP/1001|CONNECT|1|A2|1",
            "1700000002|B|support|NONE|ENTERQUEUE||0622222222|1",
            "1700000003|B|support|SIP/1001|CONNECT|1|B2|1",
            "1700000060|C|support|SIP/1001|TRANSFER|2000|from-internal|2|30|1");

        items.SingleRejection(5).Reason.ShouldEndWith("2 calls in a queue are connected to agent 'SIP/1001': cannot tell which was transferred");
        items.OfType<IncompleteItem>().Count().ShouldBe(2);
    }

    [Test]
    public void A_transfer_through_a_Local_channel_that_was_never_logged_is_an_answered_call_ended_by_its_COMPLETE()
    {
        var call = SingleCall(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000004|A|support|Local/1001@agents/n|CONNECT|4|A2|1",
            "1700000090|A|support|Local/1001@agents/n|COMPLETECALLER|4|86|1");

        (call.Outcome, call.Transfers, call.AgentName).ShouldBe((CallOutcome.Answered, 0, "Local/1001@agents/n"));
    }

    [Test]
    public void An_end_event_for_a_call_never_entered_is_rejected_with_its_reason()
    {
        var items = Parse("1700000020|Z|support|SIP/1001|COMPLETECALLER|3|17|1");

        items.SingleRejection(1).Reason.ShouldBe(
            "COMPLETECALLER for callid 'Z' that is not in a queue (no ENTERQUEUE before it, or the call already ended)");
    }

    [Test]
    public void A_second_ENTERQUEUE_for_a_call_still_in_the_queue_is_rejected_and_the_first_kept()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000001|A|support|NONE|ENTERQUEUE||0699999999|4",
            "1700000030|A|support|NONE|ABANDON|1|1|30");

        items.SingleRejection(2).Reason.ShouldBe("ENTERQUEUE for callid 'A', already in the queue since line 1");
        items.Calls().ShouldHaveSingleItem().CallerNumber.ShouldBe("0611111111");
    }

    [Test]
    public void An_end_logged_before_its_CONNECT_builds_the_call_from_the_end_line_and_rejects_the_late_CONNECT()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000057|A|support|SIP/1001|COMPLETECALLER|7|50|1",
            "1700000007|A|support|SIP/1001|CONNECT|7|A2|1");

        var call = items.Calls().ShouldHaveSingleItem();
        (call.AgentName, call.Timings.Wait, call.Timings.Talk, call.EndedBy).ShouldBe(("SIP/1001", 7, 50, EndedBy.Caller));
        items.SingleRejection(3).Reason.ShouldStartWith("CONNECT for callid 'A' that is not in a queue");
    }

    [Test]
    public void An_end_logged_before_its_CONNECT_without_an_agent_is_rejected_and_the_call_left_incomplete()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000057|A|support|NONE|COMPLETEAGENT|7|50|1");

        items.SingleRejection(2).Reason.ShouldBe(
            "COMPLETEAGENT for callid 'A' before any CONNECT, and field 4 (agent) is 'NONE', but COMPLETEAGENT names the member on the call: " +
            "an answered call needs its agent");
        items.OfType<IncompleteItem>().ShouldHaveSingleItem().Line.ShouldBe(1);
    }

    [Test]
    public void A_second_CONNECT_for_an_answered_call_is_rejected()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000002|A|support|SIP/1001|CONNECT|2|A2|1",
            "1700000003|A|support|SIP/1002|CONNECT|3|A3|1",
            "1700000010|A|support|SIP/1001|COMPLETEAGENT|2|8|1");

        items.SingleRejection(3).Reason.ShouldBe("CONNECT for callid 'A', already answered by SIP/1001 at line 2");
        items.Calls().ShouldHaveSingleItem().AgentName.ShouldBe("SIP/1001");
    }

    [Test]
    public void A_caller_transferred_into_another_queue_under_the_same_callid_is_a_second_call_not_a_duplicate()
    {
        var items = Parse(
            "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1",
            "1700000002|A|support|SIP/1001|CONNECT|2|A2|1",
            "1700000030|A|support|SIP/1001|BLINDTRANSFER|700|from-queue|2|28|1",
            "1700000031|A|billing|NONE|ENTERQUEUE||0611111111|1",
            "1700000035|A|billing|SIP/2001|CONNECT|4|A3|1",
            "1700000090|A|billing|SIP/2001|COMPLETECALLER|4|55|1");

        items.Calls().Select(c => (c.ExternalId, c.Queue, c.Outcome)).ShouldBe([
            ("A", "support", CallOutcome.Transferred),
            ("A#2", "billing", CallOutcome.Answered)]);
    }
}
