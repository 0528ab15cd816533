using Npgsql;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Periods;

namespace VendorAudit.Infrastructure.Detection;

/// <summary>
/// Reads what detection needs of a vendor's period straight from PostgreSQL, in one pass: the
/// period's calls plus the repeat window after it (a callback early next month still answers for
/// a call made this month). Plain SQL on purpose: hundreds of thousands of small rows, no tracking.
/// </summary>
public sealed class CallFactsReader
{
    private const string CallsSql = """
        SELECT id, agent_id, started_at, wait_seconds, talk_seconds, hold_seconds, acw_seconds, outcome, ended_by,
               transfers, caller_hash, callback_flags
          FROM calls
         WHERE vendor_id = @vendor AND started_at >= @from AND started_at < @until
        """;

    public async Task<VendorPeriodCalls> ReadAsync(NpgsqlConnection connection, int vendorId, Period period, CancellationToken cancellationToken)
    {
        var window = VendorPeriodCalls.DefaultRepeatWindow;
        var calls = new List<CallFacts>();
        await using (var command = new NpgsqlCommand(CallsSql, connection))
        {
            command.Parameters.AddWithValue("vendor", vendorId);
            command.Parameters.AddWithValue("from", period.StartUtc);
            command.Parameters.AddWithValue("until", period.EndUtc + window);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            // The caller key is the hash's first 16 bytes, copied into one buffer rather than an array per call.
            var hash = new byte[CallerKey.Length];
            while (await reader.ReadAsync(cancellationToken))
            {
                calls.Add(new CallFacts(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                    (CallOutcome)reader.GetInt16(7), (EndedBy)reader.GetInt16(8), reader.GetInt32(9),
                    reader.IsDBNull(10) ? default : CallerKey.FromHash(hash.AsSpan(0, (int)reader.GetBytes(10, 0, hash, 0, hash.Length))),
                    (CallbackFlags)reader.GetInt16(11)));
            }
        }
        return new VendorPeriodCalls(calls, await CapAsync(connection, vendorId, period, cancellationToken), window,
            period.EndUtc, await AgentNamesAsync(connection, vendorId, cancellationToken));
    }

    private static async Task<int?> CapAsync(NpgsqlConnection connection, int vendorId, Period period, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT handle_time_cap_seconds FROM contracts
             WHERE vendor_id = @vendor AND effective_from <= @day ORDER BY effective_from DESC LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("vendor", vendorId);
        command.Parameters.AddWithValue("day", period.FirstDay);
        return await command.ExecuteScalarAsync(cancellationToken) is int cap ? cap : null;
    }

    private static async Task<Dictionary<int, string>> AgentNamesAsync(NpgsqlConnection connection, int vendorId, CancellationToken cancellationToken)
    {
        var names = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand("SELECT id, name FROM agents WHERE vendor_id = @vendor", connection);
        command.Parameters.AddWithValue("vendor", vendorId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) names[reader.GetInt32(0)] = reader.GetString(1);
        return names;
    }
}
