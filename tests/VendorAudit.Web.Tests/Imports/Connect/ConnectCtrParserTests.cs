using System.Text;
using System.Text.Json.Nodes;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.Connect.ConnectRecords;

namespace VendorAudit.Web.Tests.Imports.Connect;

[TestFixture]
public sealed class ConnectCtrParserTests
{
    [Test]
    public void A_pretty_printed_array_yields_each_contact_with_the_line_its_record_starts_on()
    {
        var text = Array(Answered("c-1"), Answered("c-2"));

        var items = Parse(text);

        items.Select(i => ((CallItem)i).Call.ExternalId).ShouldBe(["c-1", "c-2"]);
        items.Select(i => i.Line).ShouldBe([StartLine(text, "c-1"), StartLine(text, "c-2")]);
        StartLine(text, "c-1").ShouldBe(2);
    }

    [Test]
    public void Json_lines_yield_one_contact_per_line_numbered_by_line()
    {
        var items = Parse(Lines(Answered("c-1"), Answered("c-2")) + "\n" + Lines(Answered("c-3")));

        items.Select(i => i.Line).ShouldBe([1L, 2L, 4L]);
        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2", "c-3"]);
    }

    [Test]
    public void Records_concatenated_without_newlines_as_firehose_can_deliver_them_are_all_read()
    {
        var text = Answered("c-1").ToJsonString() + Answered("c-2").ToJsonString() + Answered("c-3").ToJsonString();

        Parse(text).Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2", "c-3"]);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void A_contact_delivered_twice_is_kept_once_as_its_latest_update_wherever_that_is_in_the_file(bool latestFirst)
    {
        var early = Answered("c-1", lastUpdate: "2026-03-02T09:05:00Z");
        ((JsonObject)early["Agent"]!)["AfterContactWorkDuration"] = 0;
        var late = Answered("c-1", lastUpdate: "2026-03-02T09:10:00Z");
        var records = latestFirst ? new[] { late, Answered("c-2"), early } : [early, Answered("c-2"), late];

        var items = Parse(Lines(records));

        items.ShouldAllBe(i => i is CallItem);
        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2"]);
        items.Calls()[0].Timings.Acw.ShouldBe(30);
        items[0].Line.ShouldBe(latestFirst ? 1 : 3);
    }

    [Test]
    public void Malformed_records_are_rejected_naming_the_record_and_the_field_while_the_others_are_read()
    {
        var noId = Answered("x").With("ContactId", null);
        var badTalk = Answered("c-7");
        ((JsonObject)badTalk["Agent"]!)["AgentInteractionDuration"] = "abc";

        var items = Parse(Lines(Answered("c-1"), Answered("c-2"), noId, Answered("c-4"), Answered("c-5").With("Queue", "Billing"),
            Answered("c-6").With("InitiationTimestamp", "yesterday"), badTalk, Answered("c-8").With("InitiationTimestamp", null)
                .With("ConnectedToSystemTimestamp", null)));

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2", "c-4"]);
        items.OfType<RejectedItem>().Select(r => (r.Line, r.Reason)).ShouldBe([
            (3L, "record 3: ContactId missing"),
            (5L, "record 5: Queue is \"Billing\", not an object"),
            (6L, "record 6: InitiationTimestamp \"yesterday\" is not an ISO 8601 time"),
            (7L, "record 7: Agent.AgentInteractionDuration is \"abc\", not a number"),
            (8L, "record 8: InitiationTimestamp missing"),
        ]);
    }

    [Test]
    public void Broken_json_costs_its_own_record_only()
    {
        var text = Lines(Answered("c-1")) + "{\"ContactId\": \"c-2\", oops}\n" + "{\"ContactId\": \"c-3\", \"Agent\": {\n" + Lines(Answered("c-4"));

        var items = Parse(text);

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-4"]);
        var rejected = items.OfType<RejectedItem>().ToList();
        rejected.Select(r => r.Line).ShouldBe([2L, 3L]);
        rejected[0].Reason.ShouldStartWith("record 2 is not valid JSON");
        rejected[1].Reason.ShouldStartWith("record 3 ends with its line before its JSON object closes");
    }

    [Test]
    public void A_file_cut_mid_record_yields_the_complete_records_and_one_rejection_for_the_tail()
    {
        var whole = Array(Answered("c-1"), Answered("c-2"), Answered("c-3"));
        var cut = whole[..(whole.IndexOf("\"c-3\"") + 20)];

        var items = Parse(cut);

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-2"]);
        var tail = items.OfType<RejectedItem>().ShouldHaveSingleItem();
        tail.Line.ShouldBe(StartLine(whole, "c-3"));
        tail.Reason.ShouldBe($"record 3 (line {tail.Line}) is cut off: the file ends before it closes (truncated?)");
    }

    [Test]
    public void A_json_lines_file_cut_mid_line_loses_only_its_last_line()
    {
        var text = Lines(Answered("c-1"), Answered("c-2")) + Answered("c-3").ToJsonString()[..50];

        var items = Parse(text);

        items.Calls().Count.ShouldBe(2);
        items.OfType<RejectedItem>().ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Test]
    public void An_array_cut_between_records_says_so_once()
    {
        var text = "[" + Answered("c-1").ToJsonString() + ",\n";

        var items = Parse(text);

        items.Calls().ShouldHaveSingleItem();
        items.OfType<RejectedItem>().ShouldHaveSingleItem().Reason.ShouldBe("line 2: the file ends before the array's closing ']' (truncated?)");
    }

    [Test]
    public void A_record_far_larger_than_any_contact_is_rejected_without_being_held_in_memory()
    {
        var huge = Answered("c-2").With("Attributes", new JsonObject { ["blob"] = new string('x', 2 * 1024 * 1024) });

        var items = Parse(Lines(Answered("c-1"), huge, Answered("c-3")));

        items.Calls().Select(c => c.ExternalId).ShouldBe(["c-1", "c-3"]);
        items.Reasons().ShouldBe(["record 2 is larger than 1 MiB, far more than a contact record"]);
    }

    [Test]
    public void An_empty_array_is_an_empty_export_not_an_error() => Parse(" [ ]\n").ShouldBeEmpty();

    private static IEnumerable<TestCaseData> NotConnect()
    {
        yield return new TestCaseData(Utf8(""), "the file is empty").SetName("An empty file is not contact records");
        yield return new TestCaseData(Utf8(" \n\t\n"), "the file is empty").SetName("A blank file is not contact records");
        yield return new TestCaseData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00 }, "NUL bytes").SetName("A zip file is not contact records");
        yield return new TestCaseData(Utf8("call_id,start\nc-1,2026-03-02 09:00:00\n"), "it starts with 'c'").SetName("A CSV file is not contact records");
        yield return new TestCaseData(Utf8("[{\"id\": 1, \"name\": \"x\"}]"), "the first record has no ContactId").SetName("JSON of another kind is not contact records");
        yield return new TestCaseData(Utf8("{\"ContactId\": \"c-1\", "), "record 1 is cut off").SetName("A lone cut record is not contact records");
        yield return new TestCaseData(Utf8("{\"ContactId\": null}\n" + Lines(Answered())), "the first record has no ContactId")
            .SetName("A first record with a null ContactId is not contact records");
    }

    [TestCaseSource(nameof(NotConnect))]
    public void Input_that_is_not_contact_records_is_refused_before_anything_is_yielded(byte[] bytes, string why)
    {
        var refusal = Should.Throw<NotThisFormatException>(() => Parse(bytes));

        refusal.Message.ShouldStartWith("this does not look like Amazon Connect contact records: ");
        refusal.Message.ShouldContain(why);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The line of the "{" that opens the record of <paramref name="id"/> in an indented array.</summary>
    private static long StartLine(string text, string id)
    {
        var open = text.LastIndexOf("\n  {", text.IndexOf($"\"{id}\""), StringComparison.Ordinal) + 1;
        return text[..open].Count(c => c == '\n') + 1;
    }
}
