using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>A call's own columns in binary COPY, the same whichever table the load copies into.</summary>
internal static class CallRow
{
    public const string Columns =
        "external_id, queue, started_at, wait_seconds, talk_seconds, hold_seconds, acw_seconds, outcome, ended_by, transfers, caller_hash, callback_flags, details";

    public const short ColumnCount = 13;

    // The document EF Core reads as CallDetails (property names as declared), less the fields at their
    // default (no language, no callback, no transfer target...): most of a call's fields are, a missing
    // one reads back as its default, and a queue_log call's document shrinks from 13 keys to 3. That
    // halved the table, and the server's work to parse each document on COPY and to scan it after.
    // The properties are written in the order jsonb keeps keys (shorter names first, then bytewise), so
    // the server's sort of each object's keys finds them in order. The stored jsonb is the same whatever the order.
    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { InJsonbKeyOrder } },
    };

    private static void InJsonbKeyOrder(JsonTypeInfo type)
    {
        var ranked = type.Properties.OrderBy(p => Encoding.UTF8.GetByteCount(p.Name))
            .ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ranked.Count; i++) ranked[i].Order = i;
    }

    public static void Write(BinaryCopyWriter row, ParsedCall call, CallerPseudonymiser pseudonymiser)
    {
        row.Text(call.ExternalId);
        row.Text(call.Queue);
        row.TimestampTz(call.StartedAt);
        row.Int32(call.Timings.Wait);
        row.Int32(call.Timings.Talk);
        row.Int32(call.Timings.Hold);
        row.Int32(call.Timings.Acw);
        row.Int16((short)call.Outcome);
        row.Int16((short)call.EndedBy);
        row.Int32(call.Transfers);
        row.Bytea(pseudonymiser.Hash(call.CallerNumber));
        row.Int16((short)CallbackFlagsOf.Details(call.Details));
        row.Jsonb(call.Details, DetailsJson);
    }
}
