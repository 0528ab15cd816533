using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Scoring;

/// <summary>One vendor's calls of a period as the scores see them: the totals and the repeat-contact rate.</summary>
public sealed record PeriodCalls(CallTotals Totals, double? RepeatContactRate);

/// <summary>
/// Reads every call of a period, and those of the repeat window after it, in one pass: the period's calls are
/// summed as they come (<see cref="CallTally"/>), and each known caller's calls are kept as a small entry so that
/// <see cref="RepeatContacts"/> finds each answered call's next one. PostgreSQL would have to sort the window by
/// the caller's hash to do the same, which costs more than the whole pass; memory here is 40 bytes a call.
/// </summary>
public static class PeriodCallPass
{
    private const string Sql = """
        SELECT vendor_id, started_at, outcome, wait_seconds, talk_seconds + hold_seconds + acw_seconds, transfers, caller_hash
          FROM calls WHERE started_at >= @from AND started_at < @until
        """;

    private sealed class VendorPass(int threshold)
    {
        public readonly CallTally Tally = new(threshold);
        public readonly List<InboundCall> Contacts = [];
    }

    /// <param name="thresholdOf">Each vendor's service-level threshold in seconds, from its contract.</param>
    public static async Task<Dictionary<int, PeriodCalls>> ReadAsync(VendorAuditDbContext db, Period period, Func<int, int> thresholdOf,
        CancellationToken cancellationToken)
    {
        var window = RepeatContacts.DefaultWindow;
        var vendors = new Dictionary<int, VendorPass>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection()) { CommandTimeout = 600 };
            command.Parameters.AddWithValue("from", period.StartUtc);
            command.Parameters.AddWithValue("until", period.EndUtc + window);
            await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
            var hash = new byte[16]; // CallerKey keeps the hash's first 16 bytes
            VendorPass? current = null;
            var currentId = int.MinValue;
            while (await reader.ReadAsync(cancellationToken))
            {
                var vendorId = reader.GetInt32(0);
                if (vendorId != currentId)
                {
                    if (!vendors.TryGetValue(vendorId, out current)) vendors.Add(vendorId, current = new VendorPass(thresholdOf(vendorId)));
                    currentId = vendorId;
                }
                var startedAt = reader.GetFieldValue<DateTimeOffset>(1);
                var outcome = (CallOutcome)reader.GetInt16(2);
                if (startedAt < period.EndUtc) current!.Tally.Add(outcome, reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5));
                if (reader.IsDBNull(6)) continue;
                var read = (int)reader.GetBytes(6, 0, hash, 0, hash.Length);
                current!.Contacts.Add(new InboundCall(CallerKey.FromHash(hash.AsSpan(0, read)), startedAt,
                    outcome is CallOutcome.Answered or CallOutcome.Transferred));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        // A vendor with calls only in the window after the period has none in it.
        return vendors.Select(v => (v.Key, Totals: v.Value.Tally.ToTotals(), v.Value.Contacts))
            .Where(v => v.Totals.Offered > 0)
            .ToDictionary(v => v.Key, v => new PeriodCalls(v.Totals, RepeatContacts.Rate(v.Contacts, window, period.EndUtc)));
    }
}
