using System.Text;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.QueueLog.QueueLogInput;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

/// <summary>Bad lines are answered one by one with their line number; reading goes on around them.</summary>
[TestFixture]
public sealed class QueueLogMalformedTests
{
    private static readonly string[] Before =
    [
        "1700000000|good|support|NONE|ENTERQUEUE||0611111111|1",
        "1700000001|good|support|SIP/1001|CONNECT|1|good2|0",
    ];

    private const string After = "1700000050|good|support|SIP/1001|COMPLETEAGENT|1|49|1";

    private static readonly object[] BadLines =
    [
        new object[] { "1700000000|X|q|NONE", "expected at least 5 fields (epoch|callid|queue|agent|EVENT), got 4 fields" },
        new object[] { "abc|X|q|NONE|ENTERQUEUE||0611|1", "field 1 (epoch): 'abc' is not a Unix time" },
        new object[] { "-1700000000|X|q|NONE|ENTERQUEUE||0611|1", "field 1 (epoch): '-1700000000' is not a Unix time" },
        new object[] { "1700000000.|X|q|NONE|ENTERQUEUE||0611|1", "field 1 (epoch): '1700000000.' is not a Unix time" },
        new object[] { "|X|q|NONE|ENTERQUEUE||0611|1", "field 1 (epoch): '' is not a Unix time" },
        new object[] { "1700000000||q|NONE|ENTERQUEUE||0611|1", "field 2 (callid) is empty" },
        new object[] { "1700000000|NONE|q|NONE|ENTERQUEUE||0611|1", "field 2 (callid) is 'NONE', but ENTERQUEUE belongs to a call" },
        new object[] { $"1700000000|{new string('9', 129)}|q|NONE|ENTERQUEUE||0611|1", "field 2 (callid) is 129 characters long, over 128" },
        new object[] { $"1700000000|X|{new string('q', 81)}|NONE|ENTERQUEUE||0611|1", "field 3 (queue) is 81 characters long, over 80" },
        new object[] { "1700000000|X|q||CONNECT|3|u|1", "field 4 (agent) is empty" },
        new object[] { "1700000000|X|q|NONE||0611|1", "field 5 (event) is empty" },
        new object[] { "1700000000|X|q|NONE|ENTER QUEUE||0611|1", "field 5 (event): 'ENTER QUEUE' is not an event name" },
        new object[] { "1700000000|X|q|NONE|ENTERQUEUE", "ENTERQUEUE: expected url|callerid|position, got 0 data fields" },
        new object[] { "1700000000|X|q|NONE|ENTERQUEUE||0611|first", "ENTERQUEUE: position 'first' is not a whole number" },
        new object[] { "1700000000|X|q|SIP/1|CONNECT|3", "CONNECT: expected holdtime|member-uniqueid|ringtime, got 1 data field" },
        new object[] { "1700000000|X|q|SIP/1|CONNECT|-3|u|1", "CONNECT: holdtime '-3' is negative" },
        new object[] { "1700000000|X|q|SIP/1|CONNECT||u|1", "CONNECT: holdtime is empty" },
        new object[] { "1700000000|X|q|SIP/1|RINGNOANSWER|-15", "RINGNOANSWER: milliseconds rung '-15' is negative" },
        new object[] { "1700000000|X|q|SIP/1|COMPLETECALLER|3|ten|1", "COMPLETECALLER: calltime 'ten' is not a whole number" },
        new object[] { "1700000000|X|q|SIP/1|COMPLETEAGENT|3|4", "COMPLETEAGENT: expected holdtime|calltime|origposition, got 2 data fields" },
        new object[] { "1700000000|X|q|NONE|ABANDON|1|1|99999999999", "ABANDON: waittime '99999999999' is too large" },
        new object[] { "1700000000|X|q|NONE|EXITWITHKEY|5|1", "EXITWITHKEY: expected key|position|origposition|waittime, got 2 data fields" },
        new object[] { "1700000000|X|q|SIP/1|TRANSFER|2000|ctx|3", "TRANSFER: expected exten|context|holdtime|calltime|origposition, got 3 data fields" },
        new object[] { "1700000000|X|q|SIP/1|BLINDTRANSFER|2000|ctx|3|-9|1", "BLINDTRANSFER: calltime '-9' is negative" },
        new object[] { "1700000000|X|q|SIP/1|ATTENDEDTRANSFER|BRIDGE|2|30|1",
            "ATTENDEDTRANSFER: expected method|target…|holdtime|calltime|origposition, got 4 data fields" },
        new object[] { "1700000000|X|q|NONE|ENTER\0QUEUE||0611|1", "line contains a NUL byte at column 26" },
    ];

    [TestCaseSource(nameof(BadLines))]
    public void A_malformed_line_is_rejected_with_its_line_number_and_the_field_at_fault(string line, string reason)
    {
        var items = Parse([.. Before, line, After]);

        items.SingleRejection(3).Reason.ShouldBe(reason);
        items.Calls().ShouldHaveSingleItem().ExternalId.ShouldBe("good");
    }

    [Test]
    public void A_one_megabyte_line_is_rejected_with_its_length_and_reading_goes_on()
    {
        var items = Parse([.. Before, new string('x', 1 << 20), After]);

        items.SingleRejection(3).Reason.ShouldBe("line is 1048576 characters long, over the 65536 limit");
        items.Calls().ShouldHaveSingleItem().Timings.Talk.ShouldBe(49);
    }

    [Test]
    public void A_line_of_exactly_64_KiB_is_read_and_one_character_more_is_too_long()
    {
        const string prefix = "1700000000|X|q|NONE|INFO|";
        var longest = prefix + new string('x', 65536 - prefix.Length);

        Parse([.. Before, longest, After]).OfType<RejectedItem>().ShouldBeEmpty();
        Parse([.. Before, longest + "x", After]).SingleRejection(3).Reason.ShouldContain("65537 characters long");
    }

    [Test]
    public void An_unterminated_over_long_last_line_is_rejected_with_its_length()
    {
        var items = ParseText(string.Join("\n", [.. Before, After, new string('y', 200_000)]));

        items.SingleRejection(4).Reason.ShouldBe("line is 200000 characters long, over the 65536 limit");
    }

    [TestCase("\r\n", false)]
    [TestCase("\r\n", true)]
    [TestCase("\r", false)]
    [TestCase("\n", true)]
    public void Line_endings_and_a_byte_order_mark_do_not_change_what_is_read(string newline, bool bom)
    {
        var text = string.Join(newline, [.. Before, After]) + newline;
        var bytes = Encoding.UTF8.GetBytes(text);
        var items = ParseBytes(bom ? [.. Encoding.UTF8.Preamble, .. bytes] : bytes);

        var call = items.ShouldHaveSingleItem().ShouldBeOfType<CallItem>();
        (call.Line, call.Call.ExternalId, call.Call.Timings.Talk, call.Call.AgentName).ShouldBe((3L, "good", 49, "SIP/1001"));
    }

    [Test]
    public void A_utf16_file_with_its_byte_order_mark_is_read()
    {
        var text = string.Join("\n", [.. Before, After]);
        ParseBytes([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]).Calls().ShouldHaveSingleItem();
    }

    [Test]
    public void Trailing_and_interspersed_empty_lines_are_skipped_silently()
    {
        var items = ParseText(string.Join("\n", Before[0], "", "   ", Before[1], After) + "\n\n\n  \n\t\n");

        items.ShouldHaveSingleItem().ShouldBeOfType<CallItem>().Line.ShouldBe(5);
    }

    [Test]
    public void Cancellation_is_honoured_between_lines()
    {
        using var cancellation = new CancellationTokenSource();
        var text = string.Join("\n", [.. Before, After, .. Before, After]);
        var items = new VendorAudit.Infrastructure.Imports.QueueLog.QueueLogParser()
            .Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancellation.Token);

        using var reading = items.GetEnumerator();
        reading.MoveNext().ShouldBeTrue();
        cancellation.Cancel();
        Should.Throw<OperationCanceledException>(() => reading.MoveNext());
    }
}
