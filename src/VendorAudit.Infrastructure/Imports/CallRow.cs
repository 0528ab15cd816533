using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>A call's own columns in binary COPY, the same whichever table the load copies into.</summary>
internal static class CallRow
{
    public const string Columns =
        "external_id, queue, started_at, wait_seconds, talk_seconds, hold_seconds, acw_seconds, outcome, ended_by, transfers, caller_hash, details";

    public static void Write(NpgsqlBinaryImporter importer, ParsedCall call, CallerPseudonymiser pseudonymiser)
    {
        importer.Write(call.ExternalId, NpgsqlDbType.Varchar);
        WriteNullable(importer, call.Queue, NpgsqlDbType.Varchar);
        importer.Write(call.StartedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        importer.Write(call.Timings.Wait, NpgsqlDbType.Integer);
        importer.Write(call.Timings.Talk, NpgsqlDbType.Integer);
        importer.Write(call.Timings.Hold, NpgsqlDbType.Integer);
        importer.Write(call.Timings.Acw, NpgsqlDbType.Integer);
        importer.Write((short)call.Outcome, NpgsqlDbType.Smallint);
        importer.Write((short)call.EndedBy, NpgsqlDbType.Smallint);
        importer.Write(call.Transfers, NpgsqlDbType.Integer);
        WriteNullable(importer, pseudonymiser.Hash(call.CallerNumber), NpgsqlDbType.Bytea);
        // Same shape as EF Core's own JSON mapping of CallDetails (property names as declared).
        importer.Write(JsonSerializer.Serialize(call.Details), NpgsqlDbType.Jsonb);
    }

    public static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, type);
    }
}
