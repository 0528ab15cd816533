using System.Buffers;
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

    /// <returns>The vendor's period, to be disposed of once detected: its arrays go back to the shared pool.</returns>
    public async Task<VendorPeriodCalls> ReadAsync(NpgsqlConnection connection, int vendorId, Period period, CancellationToken cancellationToken)
    {
        var window = VendorPeriodCalls.DefaultRepeatWindow;
        var (from, until) = (period.StartUtc, period.EndUtc + window);
        var middle = from + (until - from) / 2;
        // Two halves of the range at once, the second on a connection of its own: the server scans and
        // sends both while this side reads them, about a quarter off the read of a vendor's month on
        // two cores. Each half is a snapshot of its own; a call imported between them is seen by the next run.
        await using var other = (NpgsqlConnection)((ICloneable)connection).Clone();
        using var first = new Chunks();
        using var second = new Chunks();
        await Task.WhenAll(
            ReadCallsAsync(connection, vendorId, from, middle, first, cancellationToken),
            OpenAndReadCallsAsync(other, vendorId, middle, until, second, cancellationToken));
        return new VendorPeriodCalls(new Joined(first, second), await CapAsync(connection, vendorId, period, cancellationToken), window,
            period.EndUtc, await AgentNamesAsync(connection, vendorId, cancellationToken));
    }

    private static async Task OpenAndReadCallsAsync(NpgsqlConnection connection, int vendorId, DateTimeOffset from,
        DateTimeOffset until, Chunks calls, CancellationToken cancellationToken)
    {
        await connection.OpenAsync(cancellationToken);
        await ReadCallsAsync(connection, vendorId, from, until, calls, cancellationToken);
    }

    private static async Task ReadCallsAsync(NpgsqlConnection connection, int vendorId, DateTimeOffset from,
        DateTimeOffset until, Chunks calls, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(CallsSql, connection);
        command.Parameters.AddWithValue("vendor", vendorId);
        command.Parameters.AddWithValue("from", from);
        command.Parameters.AddWithValue("until", until);
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

    /// <summary>
    /// Calls as they arrive, in fixed-size chunks from the shared pool, given back once the period is built
    /// from them: a list doubling its array to hold a vendor's month would copy it a dozen times over, and
    /// fresh memory for a month on every run is paid for in page faults.
    /// </summary>
    private sealed class Chunks : IDisposable
    {
        private const int Shift = 16;
        private const int ChunkSize = 1 << Shift;
        private readonly List<CallFacts[]> chunks = [];

        public int Count { get; private set; }

        public CallFacts this[int index] => chunks[index >> Shift][index & (ChunkSize - 1)];

        public void Add(CallFacts call)
        {
            if ((Count & (ChunkSize - 1)) == 0) chunks.Add(ArrayPool<CallFacts>.Shared.Rent(ChunkSize));
            chunks[^1][Count & (ChunkSize - 1)] = call;
            Count++;
        }

        public void Dispose()
        {
            foreach (var chunk in chunks) ArrayPool<CallFacts>.Shared.Return(chunk);
            chunks.Clear();
            Count = 0;
        }
    }

    /// <summary>Both halves as one list, without copying them into a third: the calls are sorted into their own array anyway.</summary>
    private sealed class Joined(Chunks first, Chunks second) : IReadOnlyList<CallFacts>
    {
        public int Count => first.Count + second.Count;

        public CallFacts this[int index] => index < first.Count ? first[index] : second[index - first.Count];

        public IEnumerator<CallFacts> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
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
