using Npgsql;
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
/// Loads calls the fast way, on the caller's connection and transaction. A vendor's file is mostly
/// new calls, so they are first copied straight into calls with binary COPY; should one of them be
/// there already (a call re-sent in another file), that attempt is rolled back and the file is read
/// again through a staging table and <c>INSERT … ON CONFLICT DO NOTHING</c>, which counts it as a
/// duplicate. Either way a call is never stored twice. Callers are pseudonymised before anything is
/// written; agents new to the vendor are added, named exactly as the file names them.
/// </summary>
public sealed class CallBulkLoader(CallerPseudonymiser pseudonymiser)
{
    /// <summary>How long one step of a load may take: generous, since it grows with the file.</summary>
    internal static readonly TimeSpan BulkTimeout = TimeSpan.FromHours(1);

    private const string DirectAttempt = "direct_call_copy";

    /// <param name="readCalls">Reads the calls from the start; called a second time only when the first attempt met a duplicate.</param>
    public async Task<LoadCounts> LoadAsync(NpgsqlConnection connection, int vendorId, long batchId,
        Func<IEnumerable<ParsedCall>> readCalls, CancellationToken cancellationToken)
    {
        await LockVendorAsync(connection, vendorId, cancellationToken);
        await ExecuteAsync(connection, $"SAVEPOINT {DirectAttempt}", cancellationToken);
        try
        {
            var copied = await new DirectCallCopy(connection, pseudonymiser, vendorId, batchId).CopyAsync(readCalls(), cancellationToken);
            await ExecuteAsync(connection, $"RELEASE SAVEPOINT {DirectAttempt}", cancellationToken);
            return copied;
        }
        catch (PostgresException e) when (e is { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: DirectCallCopy.UniqueCallKey })
        {
            await ExecuteAsync(connection, $"ROLLBACK TO SAVEPOINT {DirectAttempt}", cancellationToken);
            return await new StagedCallInsert(connection, pseudonymiser, vendorId, batchId).InsertAsync(readCalls(), cancellationToken);
        }
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

    internal static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        // A file of millions of calls takes minutes to insert; the 30 s default would abort it half-way.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
