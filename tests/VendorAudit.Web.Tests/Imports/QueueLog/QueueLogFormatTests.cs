using System.IO.Compression;
using System.Text;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;
using static VendorAudit.Web.Tests.Imports.QueueLog.QueueLogInput;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

/// <summary>A file that is not a queue_log is refused whole, before anything of it is yielded.</summary>
[TestFixture]
public sealed class QueueLogFormatTests
{
    private const string Good = "1700000000|A|support|NONE|ENTERQUEUE||0611111111|1\n1700000030|A|support|NONE|ABANDON|1|1|30\n";

    [Test]
    public void An_empty_file_is_refused()
    {
        Refusal([]).ShouldBe("the file is empty");
        Refusal(Encoding.UTF8.Preamble.ToArray()).ShouldBe("the file is empty");
    }

    [Test]
    public void A_file_of_blank_lines_is_refused_as_empty() => Refusal("\n\n   \r\n\t\n"u8.ToArray()).ShouldBe("the file is empty");

    [Test]
    public void Random_bytes_are_refused_as_binary()
    {
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);

        Refusal(bytes).ShouldStartWith("the file looks binary: ");
    }

    [Test]
    public void A_compressed_queue_log_is_refused_as_binary()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Good, 200))));

        Refusal(compressed.ToArray()).ShouldStartWith("the file looks binary: ");
    }

    [Test]
    public void A_utf16_file_without_byte_order_mark_is_refused_as_binary() =>
        Refusal(Encoding.Unicode.GetBytes(Good)).ShouldStartWith("the file looks binary: ");

    [Test]
    public void A_json_file_is_refused_naming_its_first_line()
    {
        const string json = """
            {"ContactId": "c0ffee", "Agent": {"Username": "jdupont"},
             "DisconnectReason": "CUSTOMER_DISCONNECT"}
            """;

        Refusal(Encoding.UTF8.GetBytes(json)).ShouldBe(
            "this does not look like an Asterisk queue_log: line 1: expected at least 5 fields (epoch|callid|queue|agent|EVENT), got 1 field");
    }

    [Test]
    public void A_csv_file_is_refused_naming_its_first_line()
    {
        const string csv = "call_id,agent,queue,caller,start,wait,talk\n42,SIP/1001,support,0611111111,2023-11-14T22:13:20Z,5,60\n";

        Refusal(Encoding.UTF8.GetBytes(csv)).ShouldStartWith("this does not look like an Asterisk queue_log: line 1: ");
    }

    [Test]
    public void A_pipe_separated_file_without_Unix_times_is_refused()
    {
        const string text = "date|callid|queue|agent|event\n2023-11-14 22:13:20|A|support|NONE|ENTERQUEUE\n";

        Refusal(Encoding.UTF8.GetBytes(text)).ShouldBe(
            "this does not look like an Asterisk queue_log: line 1: field 1 (epoch): 'date' is not a Unix time");
    }

    [Test]
    public void The_refusal_comes_before_anything_is_yielded()
    {
        using var reading = new QueueLogParser().Parse(new MemoryStream("not,a,queue,log\n"u8.ToArray())).GetEnumerator();

        Should.Throw<NotThisFormatException>(() => reading.MoveNext());
    }

    [TestCase(19, false)]
    [TestCase(20, true)]
    public void Only_the_first_20_non_empty_lines_are_given_a_chance_to_show_the_format(int badLines, bool refused)
    {
        var text = string.Concat(Enumerable.Repeat("garbage line\n\n", badLines)) + Good;

        if (refused)
        {
            Refusal(Encoding.UTF8.GetBytes(text)).ShouldStartWith("this does not look like an Asterisk queue_log: line 1: ");
            return;
        }

        var items = ParseText(text);
        items.OfType<RejectedItem>().Select(r => r.Line).ShouldBe(Enumerable.Range(0, badLines).Select(i => 2L * i + 1));
        items.Last().ShouldBeOfType<CallItem>().Line.ShouldBe(2L * badLines + 2);
    }

    [Test]
    public void A_few_NUL_bytes_at_the_start_of_a_good_log_reject_their_line_not_the_file()
    {
        var items = ParseText("1700000000|Z|support|NONE|INFO|\0\0\n" + Good);

        items.Select(i => i.GetType()).ShouldBe([typeof(RejectedItem), typeof(CallItem)]);
    }

    private static string Refusal(byte[] bytes) =>
        Should.Throw<NotThisFormatException>(() => ParseBytes(bytes)).Message;
}
