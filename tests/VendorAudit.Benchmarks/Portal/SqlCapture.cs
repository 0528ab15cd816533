using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace VendorAudit.Benchmarks.Portal;

/// <summary>A command the portal sent: its text and a copy of its parameters, enough to EXPLAIN it as sent.</summary>
public sealed record CapturedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Records the queries of one request, so that a figure can EXPLAIN exactly what EF Core generated
/// rather than a hand-written copy of it. Off (one flag read per command) outside a capture.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> captured = [];
    private volatile bool capturing;

    public async Task<IReadOnlyList<CapturedCommand>> CaptureAsync(Func<Task> request)
    {
        lock (captured) captured.Clear();
        capturing = true;
        try
        {
            await request();
        }
        finally
        {
            capturing = false;
        }
        lock (captured) return captured.ToList();
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    private void Record(DbCommand command)
    {
        if (!capturing) return;
        var parameters = command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone()).ToList();
        lock (captured) captured.Add(new CapturedCommand(command.CommandText, parameters));
    }
}
