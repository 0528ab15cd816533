using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorAudit.Seed;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>A call as plain column values, ready to COPY.</summary>
public sealed record CopyRow(string ExternalId, string? Agent, string Queue, DateTime StartedAt, int Wait, int Talk, int Hold, int Acw,
    short Outcome, short EndedBy, int Transfers, byte[] Caller, string Details)
{
    public static CopyRow From(DemoCall call) => new(call.ExternalId, call.AgentName, call.Queue, call.StartedAt.UtcDateTime,
        call.Timings.Wait, call.Timings.Talk, call.Timings.Hold, call.Timings.Acw, (short)call.Outcome, (short)call.EndedBy,
        call.Transfers, SHA256.HashData(Encoding.UTF8.GetBytes(call.CallerNumber)), JsonSerializer.Serialize(call.Details));
}

/// <summary>
/// The fastest the server can take the same calls: binary COPY of ready-made rows into a bare table
/// with only a primary key. Rows are built before the clock starts, so only the database is timed.
/// </summary>
public static class RawCopy
{
    public static List<CopyRow> Rows(int count) => DemoCalls.Take(count).Select(CopyRow.From).ToList();

    public static async Task<double> SecondsAsync(string connectionString, IReadOnlyList<CopyRow> rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand("""
            DROP TABLE IF EXISTS bench_raw_calls;
            CREATE TABLE bench_raw_calls (
                external_id text PRIMARY KEY, agent text, queue text, started_at timestamptz,
                wait int, talk int, hold int, acw int, outcome smallint, ended_by smallint, transfers int,
                caller bytea, details jsonb)
            """, connection))
            await create.ExecuteNonQueryAsync();

        var watch = Stopwatch.StartNew();
        // Synchronous writes, as the importer does: per-field awaits would be timed too.
        using (var copy = connection.BeginBinaryImport(
            "COPY bench_raw_calls (external_id, agent, queue, started_at, wait, talk, hold, acw, outcome, ended_by, transfers, caller, details) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in rows)
            {
                copy.StartRow();
                copy.Write(row.ExternalId, NpgsqlDbType.Text);
                if (row.Agent is null) copy.WriteNull(); else copy.Write(row.Agent, NpgsqlDbType.Text);
                copy.Write(row.Queue, NpgsqlDbType.Text);
                copy.Write(row.StartedAt, NpgsqlDbType.TimestampTz);
                copy.Write(row.Wait, NpgsqlDbType.Integer);
                copy.Write(row.Talk, NpgsqlDbType.Integer);
                copy.Write(row.Hold, NpgsqlDbType.Integer);
                copy.Write(row.Acw, NpgsqlDbType.Integer);
                copy.Write(row.Outcome, NpgsqlDbType.Smallint);
                copy.Write(row.EndedBy, NpgsqlDbType.Smallint);
                copy.Write(row.Transfers, NpgsqlDbType.Integer);
                copy.Write(row.Caller, NpgsqlDbType.Bytea);
                copy.Write(row.Details, NpgsqlDbType.Jsonb);
            }
            copy.Complete();
        }
        return watch.Elapsed.TotalSeconds;
    }
}
