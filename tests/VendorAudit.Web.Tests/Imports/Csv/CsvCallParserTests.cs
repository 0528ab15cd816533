using System.Text;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.Csv.CsvFiles;

namespace VendorAudit.Web.Tests.Imports.Csv;

[TestFixture]
public sealed class CsvCallParserTests
{
    [Test]
    public void A_comma_separated_file_with_every_column_is_read_into_calls()
    {
        var text = Header + ",language,callback_requested,callback_made\n" + AnsweredRow + ",fr,yes,0\n";

        var item = Parse(text).ShouldHaveSingleItem().ShouldBeOfType<CallItem>();

        item.Line.ShouldBe(2);
        var call = item.Call;
        call.ExternalId.ShouldBe("c-1");
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        call.StartedAt.Offset.ShouldBe(TimeSpan.Zero);
        call.Timings.ShouldBe(new CallTimings(wait: 12, talk: 240, hold: 15, acw: 30));
        (call.Outcome, call.EndedBy, call.Transfers).ShouldBe((CallOutcome.Answered, EndedBy.Caller, 0));
        (call.AgentName, call.Queue, call.CallerNumber).ShouldBe(("Marie Dupont", "Billing", "+33612345678"));
        call.Details.Source.ShouldBe("csv");
        call.Details.Disposition.ShouldBe("answered");
        call.Details.Language.ShouldBe("fr");
        call.Details.CallbackRequested.ShouldBeTrue();
        call.Details.CallbackMade.ShouldBeFalse();
    }

    [Test]
    public void A_semicolon_separated_file_with_decimal_commas_is_read_as_spreadsheets_write_it()
    {
        var text = "CALL_ID;Agent;Start;Wait;Talk\nc-1;Dupont, Marie;2026-03-02 09:00:00;12,5;240\n";

        var call = Parse(text).Calls().ShouldHaveSingleItem();

        call.AgentName.ShouldBe("Dupont, Marie");
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        call.Timings.Wait.ShouldBe(13);
    }

    [Test]
    public void Quoted_fields_hold_separators_quotes_and_line_breaks_and_later_rows_keep_their_line_numbers()
    {
        var text = "call_id,agent,queue,start,talk\n"
            + "c-1,\"Dupont, \"\"Marie\"\"\",\"Billing\nsecond line\",2026-03-02 09:00:00,60\n"
            + "c-2,Paul,Sales,2026-03-02 09:05:00,abc\n";

        var items = Parse(text);

        var call = items.Calls().ShouldHaveSingleItem();
        call.AgentName.ShouldBe("Dupont, \"Marie\"");
        call.Queue.ShouldBe("Billing\nsecond line");
        items.Select(i => i.Line).ShouldBe([2L, 4L]);
        items.Reasons().ShouldBe(["line 4, column talk: 'abc' is not a number of seconds"]);
    }

    [Test]
    public void A_utf8_byte_order_mark_is_not_taken_into_the_first_column_name()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("call_id,agent,start\nc-1,Zoé,2026-03-02 09:00:00\n")).ToArray();

        Parse(bytes).Calls().ShouldHaveSingleItem().AgentName.ShouldBe("Zoé");
    }

    [Test]
    public void A_windows_1252_file_keeps_its_accents()
    {
        var bytes = Encoding.ASCII.GetBytes("call_id;agent;start\nc-1;Ren\u0001 Dupr\u0001;2026-03-02 09:00:00\n")
            .Select(b => b == 1 ? (byte)0xE9 : b).ToArray();

        Parse(bytes).Calls().ShouldHaveSingleItem().AgentName.ShouldBe("René Dupré");
    }

    [Test]
    public void A_utf8_file_with_one_windows_1252_row_pasted_in_far_down_reads_both()
    {
        var text = "call_id,agent,start\n" + string.Concat(Enumerable.Range(1, 200).Select(i => $"c-{i},Zoé,2026-03-02 09:00:00\n"));
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { (byte)'c', (byte)'-', (byte)'x', (byte)',', 0xC9, (byte)'v', (byte)'e' })
            .Concat(Encoding.ASCII.GetBytes(",2026-03-02 09:00:00\n")).ToArray();

        var calls = Parse(bytes).Calls();

        calls.Count.ShouldBe(201);
        calls[0].AgentName.ShouldBe("Zoé");
        calls[^1].AgentName.ShouldBe("Éve");
    }

    [Test]
    public void Crlf_line_ends_are_read_like_lf()
    {
        var text = Header + "\r\n" + AnsweredRow + "\r\n" + AnsweredRow.Replace("c-1", "c-2") + "\r\n";

        var items = Parse(text);

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2"]);
        items.Select(i => i.Line).ShouldBe([2L, 3L]);
        items.Calls()[1].Details.Disposition.ShouldBe("answered");
    }

    [Test]
    public void Columns_come_in_any_order_and_case_extra_ones_are_ignored_and_blank_rows_skipped()
    {
        var text = "sep=;\nNotes;Start;Ended-By;Call ID;vendor_internal\n"
            + "whatever;2026-03-02 09:00:00;AGENT;c-1;42\n\n;;;;\n;2026-03-02 09:00:00;nobody;c-2;\n";

        var items = Parse(text);

        var call = items[0].ShouldBeOfType<CallItem>();
        call.Line.ShouldBe(3);
        (call.Call.ExternalId, call.Call.EndedBy, call.Call.Outcome).ShouldBe(("c-1", EndedBy.Agent, CallOutcome.Abandoned));
        items.Reasons().ShouldBe(["line 6, column ended_by: 'nobody' is not one of caller, agent, system, unknown"]);
    }

    [Test]
    public void Blank_lines_before_the_header_do_not_hide_its_separator_or_shift_line_numbers()
    {
        var items = Parse("\n\r\ncall_id;start;talk\nc-1;2026-03-02 09:00:00;x\n");

        items.Reasons().ShouldBe(["line 4, column talk: 'x' is not a number of seconds"]);
    }

    [Test]
    public void The_example_in_the_format_documentation_imports_as_it_describes()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "csv-format.md"));
        var start = doc.IndexOf("```csv\n", StringComparison.Ordinal) + "```csv\n".Length;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];

        var items = Parse(example);

        items.Reasons().ShouldBeEmpty();
        var calls = items.Calls();

        calls.Select(c => c.Outcome).ShouldBe([CallOutcome.Answered, CallOutcome.Abandoned, CallOutcome.Transferred,
            CallOutcome.SystemTimeout, CallOutcome.Answered]);
        (calls[2].AgentName, calls[2].Timings.Talk, calls[2].Transfers).ShouldBe(("Martin, Paul", 257, 1));
        calls[1].Details.CallbackRequested.ShouldBeTrue();
        calls[4].Details.CallbackMade.ShouldBeTrue();
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "VendorAudit.sln"))) return folder.FullName;
        throw new InvalidOperationException("VendorAudit.sln not found above the test directory.");
    }

    private static IEnumerable<TestCaseData> NotCsv()
    {
        yield return new TestCaseData(Utf8(""), "the file is empty").SetName("An empty file is not a call CSV");
        yield return new TestCaseData(Utf8("\r\n\n  \n"), "the file is empty").SetName("A blank file is not a call CSV");
        yield return new TestCaseData(Utf8("[{\"ContactId\": \"c-1\"}]"), "it is JSON").SetName("A JSON array is not a call CSV");
        yield return new TestCaseData(Utf8("\n{\"ContactId\": \"c-1\"}\n"), "it is JSON").SetName("JSON lines are not a call CSV");
        yield return new TestCaseData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00 }, "NUL bytes").SetName("A gzip file is not a call CSV");
        yield return new TestCaseData(Encoding.Unicode.GetBytes("call_id,start\n"), "NUL bytes").SetName("UTF-16 text is refused, not misread");
        yield return new TestCaseData(Utf8("id,agent,when\nc-1,x,2026-03-02 09:00:00\n"), "the header lacks the required columns call_id, start (it has 'id', 'agent', 'when')")
            .SetName("A header without the required columns names them");
        yield return new TestCaseData(Utf8("call_id,agent,begin\n"), "lacks the required column start ").SetName("One missing column is named alone");
        yield return new TestCaseData(Utf8("call_id,start,wait,Wait\n"), "the header names the column wait twice").SetName("A column named twice is refused");
    }

    [TestCaseSource(nameof(NotCsv))]
    public void Input_that_is_not_a_call_csv_is_refused_before_anything_is_yielded(byte[] bytes, string why)
    {
        var refusal = Should.Throw<NotThisFormatException>(() => Parse(bytes));

        refusal.Message.ShouldStartWith("this does not look like a call CSV: ");
        refusal.Message.ShouldContain(why);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
