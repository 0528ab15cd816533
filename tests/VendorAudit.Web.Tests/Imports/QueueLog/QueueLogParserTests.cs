using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;
using static VendorAudit.Web.Tests.Imports.QueueLog.QueueLogInput;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

[TestFixture]
public sealed class QueueLogParserTests
{
    private const string Enter = "1700000000|1700000000.42|support|NONE|ENTERQUEUE||0612345678|3";

    [Test]
    public void The_parser_declares_the_queue_log_format() => new QueueLogParser().Format.ShouldBe(ImportFormats.QueueLog);

    [Test]
    public void An_answered_call_ended_by_the_caller_keeps_its_wait_talk_agent_and_queue_details()
    {
        var items = Parse(Enter,
            "1700000004|1700000000.42|support|SIP/1001|RINGNOANSWER|4000",
            "1700000010|1700000000.42|support|SIP/1002|CONNECT|10|1700000010.43|6",
            "1700000130|1700000000.42|support|SIP/1002|COMPLETECALLER|10|120|3");

        var item = items.ShouldHaveSingleItem().ShouldBeOfType<CallItem>();
        item.Line.ShouldBe(4);
        var call = item.Call;
        call.ExternalId.ShouldBe("1700000000.42");
        call.StartedAt.ShouldBe(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero));
        call.Queue.ShouldBe("support");
        call.CallerNumber.ShouldBe("0612345678");
        call.AgentName.ShouldBe("SIP/1002");
        call.Timings.ShouldBe(new CallTimings(wait: 10, talk: 120, hold: 0, acw: 0));
        call.Outcome.ShouldBe(CallOutcome.Answered);
        call.EndedBy.ShouldBe(EndedBy.Caller);
        call.Transfers.ShouldBe(0);
        call.Details.Source.ShouldBe("queue_log");
        call.Details.RingSeconds.ShouldBe(10);
        call.Details.QueuePosition.ShouldBe(3);
    }

    [Test]
    public void A_call_ended_by_the_agent_is_marked_as_such()
    {
        var call = SingleCall(Enter,
            "1700000005|1700000000.42|support|SIP/1001|CONNECT|5|1700000005.43|2",
            "1700000012|1700000000.42|support|SIP/1001|COMPLETEAGENT|5|7|3");

        (call.Outcome, call.EndedBy, call.AgentName, call.Timings.Talk).ShouldBe((CallOutcome.Answered, EndedBy.Agent, "SIP/1001", 7));
    }

    [TestCase("ABANDON|2|3|45", CallOutcome.Abandoned, EndedBy.Caller, 45)]
    [TestCase("EXITEMPTY|1|3|0", CallOutcome.QueueEmpty, EndedBy.System, 0)]
    [TestCase("EXITWITHTIMEOUT|1|3|1800", CallOutcome.SystemTimeout, EndedBy.System, 1800)]
    [TestCase("EXITWITHKEY|5|1|3|30", CallOutcome.ExitKey, EndedBy.Caller, 30)]
    public void A_call_that_leaves_the_queue_unanswered_has_no_agent_and_keeps_its_wait(
        string end, CallOutcome outcome, EndedBy endedBy, int wait)
    {
        var call = SingleCall(Enter,
            "1700000003|1700000000.42|support|SIP/1001|RINGNOANSWER|3000",
            $"1700000045|1700000000.42|support|NONE|{end}");

        call.Outcome.ShouldBe(outcome);
        call.EndedBy.ShouldBe(endedBy);
        call.AgentName.ShouldBeNull();
        call.Timings.ShouldBe(new CallTimings(wait, 0));
        call.Details.RingSeconds.ShouldBe(3);
    }

    [Test]
    public void A_system_timeout_names_its_disconnect_reason_and_an_abandon_does_not()
    {
        SingleCall(Enter, "1700001800|1700000000.42|support|NONE|EXITWITHTIMEOUT|1|3|1800")
            .Details.DisconnectReason.ShouldBe("EXITWITHTIMEOUT");
        SingleCall(Enter, "1700000045|1700000000.42|support|NONE|ABANDON|2|3|45").Details.DisconnectReason.ShouldBeNull();
    }

    [TestCase("TRANSFER")]
    [TestCase("BLINDTRANSFER")]
    public void A_blind_transfer_is_a_transferred_call_to_exten_at_context_ended_by_no_one_in_particular(string verb)
    {
        var call = SingleCall(Enter,
            "1700000008|1700000000.42|support|PJSIP/1001|CONNECT|8|1700000008.43|1",
            $"1700000098|1700000000.42|support|PJSIP/1001|{verb}|2000|from-internal|8|90|3");

        call.Outcome.ShouldBe(CallOutcome.Transferred);
        call.Transfers.ShouldBe(1);
        call.AgentName.ShouldBe("PJSIP/1001");
        call.Timings.ShouldBe(new CallTimings(8, 90));
        call.Details.TransferTarget.ShouldBe("2000@from-internal");
        // The agent passed the caller on rather than hanging up: not evidence of an agent hang-up.
        call.EndedBy.ShouldBe(EndedBy.Unknown);
    }

    [Test]
    public void A_transfer_logged_by_Asterisk_1_4_without_origposition_is_read()
    {
        var call = SingleCall(Enter,
            "1700000008|1700000000.42|support|SIP/1001|CONNECT|8|1700000008.43",
            "1700000098|1700000000.42|support|SIP/1001|TRANSFER|2000|from-internal|8|90");

        (call.Outcome, call.Timings.Talk).ShouldBe((CallOutcome.Transferred, 90));
    }

    [TestCase("BRIDGE|1700000050.77", "BRIDGE|1700000050.77")]
    [TestCase("APP|Dial", "APP|Dial")]
    [TestCase("LINK|PJSIP/1001-0000001a|PJSIP/2000-0000001b", "LINK|PJSIP/1001-0000001a|PJSIP/2000-0000001b")]
    public void An_attended_transfer_takes_its_times_from_the_last_three_fields(string method, string target)
    {
        var call = SingleCall(Enter,
            "1700000008|1700000000.42|support|SIP/1001|CONNECT|8|1700000008.43|1",
            $"1700000100|1700000000.42|support|SIP/1001|ATTENDEDTRANSFER|{method}|8|92|3");

        call.Outcome.ShouldBe(CallOutcome.Transferred);
        call.Transfers.ShouldBe(1);
        call.Timings.ShouldBe(new CallTimings(8, 92));
        call.Details.TransferTarget.ShouldBe(target);
        call.EndedBy.ShouldBe(EndedBy.Unknown);
    }

    [Test]
    public void Ring_time_sums_every_unanswered_ring_and_the_answering_one_rounded_to_the_second()
    {
        var call = SingleCall(Enter,
            "1700000002|1700000000.42|support|SIP/1001|RINGNOANSWER|1400",
            "1700000004|1700000000.42|support|SIP/1003|RINGNOANSWER|1200",
            "1700000006|1700000000.42|support|SIP/1002|CONNECT|6|1700000006.43|2",
            "1700000016|1700000000.42|support|SIP/1002|COMPLETECALLER|6|10|3");

        call.Details.RingSeconds.ShouldBe(5); // 1.4 s + 1.2 s + 2 s
    }

    [TestCase("SIP/1001")]
    [TestCase("Local/1001@agents/n")]
    [TestCase("Agent/1001")]
    [TestCase("PJSIP/1001")]
    [TestCase("Jean Dupont")]
    public void Agent_names_are_kept_exactly_as_the_file_writes_them(string agent)
    {
        var call = SingleCall(Enter,
            $"1700000005|1700000000.42|support|{agent}|CONNECT|5|1700000005.43|2",
            $"1700000012|1700000000.42|support|{agent}|COMPLETEAGENT|5|7|3");

        call.AgentName.ShouldBe(agent);
    }

    [Test]
    public void Unknown_verbs_and_queue_wide_events_are_ignored()
    {
        var call = SingleCall(
            "1700000000|NONE|NONE|NONE|QUEUESTART|",
            "1700000000|NULL|support|SIP/1001|ADDMEMBER|",
            "1700000000|NULL|support|SIP/1001|AGENTLOGIN|",
            "1700000000|NULL|support|SIP/1001|PAUSE|lunch",
            "1700000000|NULL|support|SIP/1001|UNPAUSE|",
            "1700000000|NULL|NULL|SIP/1001|PAUSEALL|",
            "1700000001|1700000000.42|support|NONE|DID|0800123456",
            Enter,
            "1700000002|1700000000.42|support|NONE|INFO|whatever|the|dialplan|says",
            "1700000003|1700000000.42|support|NONE|MyCustomEvent",
            "1700000004|1700000000.42|support|SIP/1001|CONNECT|4|1700000004.43|1",
            "1700000005|NULL|support|SIP/1001|REMOVEMEMBER|",
            "1700000006|NONE|NONE|NONE|CONFIGRELOAD|",
            "1700000009|1700000000.42|support|SIP/1001|COMPLETEAGENT|4|5|3");

        (call.Outcome, call.AgentName).ShouldBe((CallOutcome.Answered, "SIP/1001"));
    }

    [Test]
    public void A_fractional_epoch_is_read_to_the_millisecond()
    {
        var call = SingleCall("1700000000.123|1700000000.42|support|NONE|ENTERQUEUE||0612345678|1",
            "1700000030.5|1700000000.42|support|NONE|ABANDON|1|1|30");

        call.StartedAt.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123));
    }

    [Test]
    public void An_empty_caller_id_and_an_empty_queue_are_absent_not_empty_strings()
    {
        var call = SingleCall("1700000000|1700000000.42||NONE|ENTERQUEUE||",
            "1700000030|1700000000.42||NONE|ABANDON|1|1|30");

        (call.CallerNumber, call.Queue, call.Details.QueuePosition).ShouldBe((null, null, 0));
    }
}
