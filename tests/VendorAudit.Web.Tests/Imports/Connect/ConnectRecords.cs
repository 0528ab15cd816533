using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.Connect;

namespace VendorAudit.Web.Tests.Imports.Connect;

/// <summary>Contact records shaped like Amazon Connect's, and the parser run over them.</summary>
internal static class ConnectRecords
{
    /// <summary>An inbound call answered by an agent after 42.6 s in queue, ended by the caller.</summary>
    public static JsonObject Answered(string id = "c-1", string lastUpdate = "2026-03-02T09:10:00Z") => new()
    {
        ["AWSAccountId"] = "123456789012",
        ["ContactId"] = id,
        ["Channel"] = "VOICE",
        ["InitiationMethod"] = "INBOUND",
        ["InitiationTimestamp"] = "2026-03-02T09:00:00Z",
        ["ConnectedToSystemTimestamp"] = "2026-03-02T09:00:01Z",
        ["DisconnectTimestamp"] = "2026-03-02T09:04:00Z",
        ["LastUpdateTimestamp"] = lastUpdate,
        ["DisconnectReason"] = "CUSTOMER_DISCONNECT",
        ["CustomerEndpoint"] = new JsonObject { ["Address"] = "+33612345678", ["Type"] = "TELEPHONE_NUMBER" },
        ["SystemEndpoint"] = new JsonObject { ["Address"] = "+33180000000", ["Type"] = "TELEPHONE_NUMBER" },
        ["Queue"] = new JsonObject { ["Name"] = "Billing", ["Duration"] = 42.6, ["EnqueueTimestamp"] = "2026-03-02T09:00:05Z" },
        ["Agent"] = new JsonObject
        {
            ["Username"] = "marie.dupont",
            ["ConnectedToAgentTimestamp"] = "2026-03-02T09:00:48Z",
            ["AgentInteractionDuration"] = 180,
            ["CustomerHoldDuration"] = 20,
            ["AfterContactWorkDuration"] = 30,
            ["NumberOfHolds"] = 2,
        },
        ["PreviousContactId"] = null,
        ["NextContactId"] = null,
        ["TransferCompletedTimestamp"] = null,
        ["Attributes"] = new JsonObject { ["language"] = "fr" },
        ["Recording"] = null,
    };

    /// <summary>A call that waited in queue and was never taken by an agent.</summary>
    public static JsonObject Unanswered(string id, string disconnectReason)
    {
        var record = Answered(id);
        record["Agent"] = null;
        record["DisconnectReason"] = disconnectReason;
        return record;
    }

    public static JsonObject With(this JsonObject record, string field, JsonNode? value)
    {
        record[field] = value;
        return record;
    }

    public static string Lines(params JsonObject[] records) => string.Join("\n", records.Select(r => r.ToJsonString())) + "\n";

    /// <summary>Pretty-printed, as the console and most tools write arrays: records start on lines 2, 2 + n…</summary>
    public static string Array(params JsonObject[] records) =>
        new JsonArray(records.Select(r => (JsonNode)r.DeepClone()).ToArray()).ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static List<ParseItem> Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    public static List<ParseItem> Parse(byte[] bytes) => new ConnectCtrParser().Parse(new MemoryStream(bytes)).ToList();

    public static List<ParsedCall> Calls(this IEnumerable<ParseItem> items) => items.OfType<CallItem>().Select(c => c.Call).ToList();

    public static List<string> Reasons(this IEnumerable<ParseItem> items) => items.OfType<RejectedItem>().Select(r => r.Reason).ToList();

    public static ParsedCall Single(JsonObject record) => Parse(Lines(record)).Calls().ShouldHaveSingleItem();
}
