using Npgsql;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// The path for a file holding calls already stored: binary COPY into a temporary staging table, then
/// one <c>INSERT … ON CONFLICT DO NOTHING</c> into calls, which skips (and so counts) the duplicates,
/// those re-sent from earlier files and those the file repeats. Slower than the direct COPY, so kept
/// for the files that need it.
/// </summary>
internal sealed class StagedCallInsert(NpgsqlConnection connection, CallerPseudonymiser pseudonymiser, int vendorId, long batchId)
{
    public async Task<LoadCounts> InsertAsync(IEnumerable<ParsedCall> calls, CancellationToken cancellationToken)
    {
        // Temporary: private to the transaction, never WAL-logged, gone at commit or rollback.
        await CallBulkLoader.ExecuteAsync(connection, """
            CREATE TEMP TABLE IF NOT EXISTS import_staging (
                agent_name text, external_id varchar(128) NOT NULL, queue varchar(80), started_at timestamptz NOT NULL,
                wait_seconds int NOT NULL, talk_seconds int NOT NULL, hold_seconds int NOT NULL, acw_seconds int NOT NULL,
                outcome smallint NOT NULL, ended_by smallint NOT NULL, transfers int NOT NULL, caller_hash bytea,
                callback_flags smallint NOT NULL, details jsonb NOT NULL
            ) ON COMMIT DROP;
            TRUNCATE import_staging;
            """, cancellationToken);

        var staged = Copy(calls, cancellationToken);

        await CallBulkLoader.ExecuteAsync(connection, """
            INSERT INTO agents (vendor_id, name)
            SELECT DISTINCT @vendor, agent_name FROM import_staging WHERE agent_name IS NOT NULL
            ON CONFLICT (vendor_id, name) DO NOTHING
            """, cancellationToken, ("vendor", vendorId));
        await using var command = new NpgsqlCommand("""
            WITH inserted AS (
                INSERT INTO calls (vendor_id, agent_id, external_id, queue, started_at, wait_seconds, talk_seconds, hold_seconds,
                                   acw_seconds, outcome, ended_by, transfers, caller_hash, callback_flags, import_batch_id, details)
                SELECT @vendor, a.id, s.external_id, s.queue, s.started_at, s.wait_seconds, s.talk_seconds, s.hold_seconds,
                       s.acw_seconds, s.outcome, s.ended_by, s.transfers, s.caller_hash, s.callback_flags, @batch, s.details
                  FROM import_staging s
                  LEFT JOIN agents a ON a.vendor_id = @vendor AND a.name = s.agent_name
                ON CONFLICT (vendor_id, external_id) DO NOTHING
                RETURNING started_at)
            SELECT count(*), min(started_at), max(started_at) FROM inserted
            """, connection) { CommandTimeout = (int)CallBulkLoader.BulkTimeout.TotalSeconds };
        command.Parameters.AddWithValue("vendor", vendorId);
        command.Parameters.AddWithValue("batch", batchId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new LoadCounts(staged, reader.GetInt64(0),
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    private long Copy(IEnumerable<ParsedCall> calls, CancellationToken cancellationToken)
    {
        using var importer = new BinaryCopyWriter(connection,
            $"COPY import_staging (agent_name, {CallRow.Columns}) FROM STDIN (FORMAT BINARY)", CallBulkLoader.BulkTimeout);
        long staged = 0;
        foreach (var call in calls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            importer.StartRow(1 + CallRow.ColumnCount);
            importer.Text(call.AgentName);
            CallRow.Write(importer, call, pseudonymiser);
            staged++;
        }
        importer.Complete();
        return staged;
    }
}
