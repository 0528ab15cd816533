using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// What a load did: calls read from the source, how many of them were new, and when the first and
/// last of the new ones started (null when none was new): the months detection must look at again.
/// </summary>
public readonly record struct LoadCounts(long Staged, long Imported, DateTimeOffset? FirstStartedAt, DateTimeOffset? LastStartedAt)
{
    public long Duplicates => Staged - Imported;

    /// <summary>The months the new calls fall in, first to last.</summary>
    public IReadOnlyList<Period> Periods
    {
        get
        {
            var periods = new List<Period>();
            if (FirstStartedAt is { } first && LastStartedAt is { } last)
                for (var p = Period.Of(first); p.CompareTo(Period.Of(last)) <= 0; p = p.Next()) periods.Add(p);
            return periods;
        }
    }
}

/// <summary>
/// Loads calls the fast way, on the caller's connection and transaction: binary COPY into a
/// temporary staging table, then one <c>INSERT … ON CONFLICT DO NOTHING</c> into calls, so a
/// re-sent call is a duplicate, never a second row. Agents new to the vendor are added on the way,
/// named exactly as the file names them. Callers are pseudonymised before anything is written.
/// </summary>
public sealed class CallBulkLoader(CallerPseudonymiser pseudonymiser)
{
    /// <summary>How long one step of a load may take: generous, since it grows with the file.</summary>
    private static readonly TimeSpan BulkTimeout = TimeSpan.FromHours(1);

    private const string Columns =
        "agent_name, external_id, queue, started_at, wait_seconds, talk_seconds, hold_seconds, acw_seconds, " +
        "outcome, ended_by, transfers, caller_hash, details";

    public async Task<LoadCounts> LoadAsync(NpgsqlConnection connection, int vendorId, long batchId,
        IEnumerable<ParsedCall> calls, CancellationToken cancellationToken)
    {
        await LockVendorAsync(connection, vendorId, cancellationToken);
        await ExecuteAsync(connection, $"""
            CREATE TEMP TABLE IF NOT EXISTS import_staging (
                agent_name text, external_id varchar(128) NOT NULL, queue varchar(80), started_at timestamptz NOT NULL,
                wait_seconds int NOT NULL, talk_seconds int NOT NULL, hold_seconds int NOT NULL, acw_seconds int NOT NULL,
                outcome smallint NOT NULL, ended_by smallint NOT NULL, transfers int NOT NULL, caller_hash bytea, details jsonb NOT NULL
            ) ON COMMIT DROP;
            TRUNCATE import_staging;
            """, cancellationToken);

        var staged = Copy(connection, calls, cancellationToken);

        await ExecuteAsync(connection, """
            INSERT INTO agents (vendor_id, name)
            SELECT DISTINCT @vendor, agent_name FROM import_staging WHERE agent_name IS NOT NULL
            ON CONFLICT (vendor_id, name) DO NOTHING
            """, cancellationToken, ("vendor", vendorId));
        await using var command = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO calls (vendor_id, agent_id, external_id, queue, started_at, wait_seconds, talk_seconds, hold_seconds,
                                   acw_seconds, outcome, ended_by, transfers, caller_hash, import_batch_id, details)
                SELECT @vendor, a.id, s.external_id, s.queue, s.started_at, s.wait_seconds, s.talk_seconds, s.hold_seconds,
                       s.acw_seconds, s.outcome, s.ended_by, s.transfers, s.caller_hash, @batch, s.details
                  FROM import_staging s
                  LEFT JOIN agents a ON a.vendor_id = @vendor AND a.name = s.agent_name
                ON CONFLICT (vendor_id, external_id) DO NOTHING
                RETURNING started_at)
            SELECT count(*), min(started_at), max(started_at) FROM inserted
            """, connection) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        command.Parameters.AddWithValue("vendor", vendorId);
        command.Parameters.AddWithValue("batch", batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new LoadCounts((long)staged, reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    // Synchronous writes: the rows come from a synchronous parser, and per-field awaits would cost
    // more than the COPY itself on millions of rows.
    private ulong Copy(NpgsqlConnection connection, IEnumerable<ParsedCall> calls, CancellationToken cancellationToken)
    {
        using var importer = connection.BeginBinaryImport($"COPY import_staging ({Columns}) FROM STDIN (FORMAT BINARY)");
        importer.Timeout = BulkTimeout;
        foreach (var call in calls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow();
            WriteNullable(importer, call.AgentName, NpgsqlDbType.Text);
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
        return importer.Complete();
    }

    /// <summary>
    /// Calls carry no foreign keys (a per-row check would cost more than the row itself), so the
    /// load checks once what the key checked on every row: the vendor exists, and it stays until
    /// this transaction ends (the same share lock a foreign-key check takes).
    /// </summary>
    private static async Task LockVendorAsync(NpgsqlConnection connection, int vendorId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT 1 FROM vendors WHERE id = @vendor FOR KEY SHARE", connection);
        command.Parameters.AddWithValue("vendor", vendorId);
        if (await command.ExecuteScalarAsync(cancellationToken) is null)
            throw new InvalidOperationException($"Vendor {vendorId} does not exist; no calls can be loaded for it.");
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null) importer.WriteNull();
        else importer.Write(value, type);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        // A file of millions of calls takes minutes to insert; the 30 s default would abort it half-way.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
