using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.Csv.CsvFiles;

namespace VendorAudit.Web.Tests.Imports.Csv;

[TestFixture]
public sealed class CsvCallRowTests
{
    // Header on line 1, two good rows, then the row under test on line 4.
    private static readonly string Before = Header + "\n" + AnsweredRow + "\n" + AnsweredRow.Replace("c-1", "c-2") + "\n";

    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,abc,60,0,0,caller,0,answered", "line 4, column wait: 'abc' is not a number of seconds")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,-60,0,0,caller,0,answered", "line 4, column talk: '-60' is negative, and a duration cannot be")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5", "line 4: 6 fields where the header has 12")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,answered,oops", "line 4: 13 fields where the header has 12 (a separator inside an unquoted value?)")]
    [TestCase("c-3,Ann,Billing,,yesterday,5,60,0,0,caller,0,answered", "line 4, column start: 'yesterday' is not a time (ISO 8601 such as 2026-03-02T09:15:00+01:00, or yyyy-MM-dd HH:mm:ss in UTC)")]
    [TestCase("c-3,Ann,Billing,,03/02/2026 09:00,5,60,0,0,caller,0,answered", "line 4, column start: '03/02/2026 09:00' is not a time (ISO 8601 such as 2026-03-02T09:15:00+01:00, or yyyy-MM-dd HH:mm:ss in UTC)")]
    [TestCase(",Ann,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,answered", "line 4, column call_id: empty, but every row needs its call id")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,60,0,0,boss,0,answered", "line 4, column ended_by: 'boss' is not one of caller, agent, system, unknown")]
    [TestCase("c-3,,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,answered", "line 4, column agent: empty, but an answered or transferred call needs its agent")]
    [TestCase("c-3,,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,Transferred", "line 4, column agent: empty, but an answered or transferred call needs its agent")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,two,answered", "line 4, column transfers: 'two' is not a whole number of 0 or more")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,hung up", "line 4, column disposition: 'hung up' is not one of answered, abandoned, timeout, exit_key, queue_empty, transferred")]
    [TestCase("c-3,A<NUL>n,Billing,,2026-03-02 09:00:00,5,60,0,0,caller,0,answered", "line 4: column agent holds a NUL byte (binary data?)")]
    [TestCase("c-3,Ann,Billing,,2026-03-02 09:00:00,5,60\"s,0,0,caller,0,answered", "line 4: a field holds a stray quote (quote the whole field and double the quotes inside it)")]
    public void A_bad_row_is_rejected_with_its_line_and_column_while_the_rows_around_it_are_read(string row, string reason)
    {
        // NUL is written as a marker in the case: test names end up in XML reports, which cannot hold it.
        var items = Parse(Before + row.Replace("<NUL>", "\0") + "\n" + AnsweredRow.Replace("c-1", "c-5") + "\n");

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2", "c-5"]);
        var rejected = items.OfType<RejectedItem>().ShouldHaveSingleItem();
        rejected.Line.ShouldBe(4);
        rejected.Reason.ShouldBe(reason);
    }

    [Test]
    public void A_one_megabyte_call_id_is_rejected_and_the_file_goes_on()
    {
        var huge = new string('x', 1024 * 1024);

        var items = Parse(Before + AnsweredRow.Replace("c-1", huge) + "\n" + AnsweredRow.Replace("c-1", "c-5") + "\n");

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2", "c-5"]);
        items.Reasons().ShouldBe(["line 4, column call_id: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is 1,048,576 characters long, more than 128"]);
    }

    [Test]
    public void A_one_megabyte_value_in_a_column_the_importer_ignores_does_not_cost_the_row()
    {
        var text = "call_id,start,notes\nc-1,2026-03-02 09:00:00,\"" + new string('n', 1024 * 1024) + "\"\nc-2,2026-03-02 09:00:00,short\n";

        Parse(text).Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2"]);
    }

    [Test]
    public void A_quote_left_open_costs_the_rows_it_swallows_and_says_how_far_it_ran()
    {
        var text = "call_id,agent,start\nc-1,Ann,2026-03-02 09:00:00\nc-2,\"Ann,2026-03-02 09:00:00\nc-3,Bob,2026-03-02 09:00:00\nc-4,Cy,2026-03-02 09:00:00\n";

        var items = Parse(text);

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1"]);
        items.Reasons().ShouldBe(["line 3: a quoted field is not closed where it should be, so the row runs on to line 5"]);
    }

    [Test]
    public void A_quote_left_open_in_a_huge_file_stops_the_read_with_one_rejection_instead_of_filling_memory()
    {
        var rest = string.Concat(Enumerable.Repeat("c-9,Bob,2026-03-02 09:00:00\n", 200_000));
        var text = "call_id,agent,start\nc-1,Ann,2026-03-02 09:00:00\n\nc-2,\"Ann,2026-03-02 09:00:00\n" + rest;

        var items = Parse(text);

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1"]);
        items.Reasons().ShouldBe(["line 4: a field runs on past 4 million characters (a quote left open?); the rest of the file cannot be read"]);
    }

    [TestCase("75", 75)]
    [TestCase("74.5", 75)]
    [TestCase("01:15", 75)]
    [TestCase("0:01:15", 75)]
    [TestCase("1:00:00", 3600)]
    [TestCase("", 0)]
    public void Durations_are_seconds_rounded_or_clock_times(string talk, int seconds)
    {
        var text = $"call_id,agent,start,talk\nc-1,Ann,2026-03-02 09:00:00,{talk}\n";

        Parse(text).Calls().ShouldHaveSingleItem().Timings.Talk.ShouldBe(seconds);
    }

    [TestCase("1:75")]
    [TestCase("1:2:3:4")]
    [TestCase("1e3")]
    public void Durations_in_any_other_shape_are_rejected(string talk)
    {
        var text = $"call_id,agent,start,talk\nc-1,Ann,2026-03-02 09:00:00,{talk}\n";

        Parse(text).Reasons().ShouldBe([$"line 2, column talk: '{talk}' is not a number of seconds"]);
    }

    [TestCase("Ann", "", "", CallOutcome.Answered, 0)]
    [TestCase("Ann", "", "2", CallOutcome.Transferred, 2)]
    [TestCase("", "", "", CallOutcome.Abandoned, 0)]
    [TestCase("Ann", "transferred", "", CallOutcome.Transferred, 1)]
    [TestCase("", "exit-key", "", CallOutcome.ExitKey, 0)]
    [TestCase("", "TIMEOUT", "", CallOutcome.SystemTimeout, 0)]
    [TestCase("", "queue_empty", "", CallOutcome.QueueEmpty, 0)]
    public void The_outcome_comes_from_the_disposition_or_without_one_from_whether_an_agent_took_the_call(
        string agent, string disposition, string transfers, CallOutcome outcome, int expectedTransfers)
    {
        var text = $"call_id,agent,start,disposition,transfers\nc-1,{agent},2026-03-02 09:00:00,{disposition},{transfers}\n";

        var call = Parse(text).Calls().ShouldHaveSingleItem();

        (call.Outcome, call.Transfers).ShouldBe((outcome, expectedTransfers));
    }

    [Test]
    public void Callback_flags_accept_the_usual_spellings_and_refuse_the_rest()
    {
        var text = "call_id,start,callback_requested,callback_made\n"
            + "c-1,2026-03-02 09:00:00,TRUE,no\nc-2,2026-03-02 09:00:00,1,Yes\nc-3,2026-03-02 09:00:00,maybe,\n";

        var items = Parse(text);

        items.Calls().Select(c => (c.Details.CallbackRequested, c.Details.CallbackMade)).ShouldBe([(true, false), (true, true)]);
        items.Reasons().ShouldBe(["line 4, column callback_requested: 'maybe' is not one of true, false, yes, no, 1, 0"]);
    }
}
