using Npgsql;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// Streams calls straight into calls with binary COPY: the server inserts each row once, while the
/// file is still being parsed. A row needs its agent's id as it is written, so a call whose agent
/// is new waits in a bounded list; when the list fills, or the calls end, the COPY is closed, the
/// new agents are added and the waiting calls go first into the next COPY. A call already stored
/// fails the COPY on <see cref="UniqueCallKey"/>; the caller then takes the staged path.
/// </summary>
internal sealed class DirectCallCopy(NpgsqlConnection connection, CallerPseudonymiser pseudonymiser, int vendorId, long batchId)
{
    public const string UniqueCallKey = "ix_calls_vendor_id_external_id";

    // New agents appear in the first minutes of a file; this bounds the memory held meanwhile.
    private const int MaxWaiting = 10_000;

    private const string Copy =
        $"COPY calls (vendor_id, import_batch_id, agent_id, {CallRow.Columns}) FROM STDIN (FORMAT BINARY)";

    private readonly AgentDirectory agents = new(connection, vendorId);
    private readonly List<ParsedCall> waiting = [];
    private long copied;
    private DateTimeOffset? first, last;

    public async Task<LoadCounts> CopyAsync(IEnumerable<ParsedCall> calls, CancellationToken cancellationToken)
    {
        await agents.LoadAsync(cancellationToken);
        using var source = calls.GetEnumerator();
        bool ended;
        do
        {
            ended = CopySegment(source, cancellationToken);
            if (waiting.Count > 0) await agents.AddAsync(waiting.Select(c => c.AgentName!), cancellationToken);
        }
        while (!ended || waiting.Count > 0);
        return new LoadCounts(copied, copied, first, last);
    }

    /// <summary>One COPY: the calls that waited for their agent, then the source until it ends (true) or too many wait (false).</summary>
    private bool CopySegment(IEnumerator<ParsedCall> source, CancellationToken cancellationToken)
    {
        // Synchronous writes: the rows come from a synchronous parser, and per-field awaits would cost
        // more than the COPY itself on millions of rows.
        using var importer = new BinaryCopyWriter(connection, Copy, CallBulkLoader.BulkTimeout);
        foreach (var call in waiting) Write(importer, call, agents.IdOf(call.AgentName!));
        waiting.Clear();

        var ended = true;
        while (source.MoveNext())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var call = source.Current;
            int? agentId = null;
            if (call.AgentName is { } name && !agents.TryGet(name, out agentId))
            {
                waiting.Add(call);
                if (waiting.Count < MaxWaiting) continue;
                ended = false;
                break;
            }
            Write(importer, call, agentId);
        }
        importer.Complete();
        return ended;
    }

    private void Write(BinaryCopyWriter importer, ParsedCall call, int? agentId)
    {
        importer.StartRow(3 + CallRow.ColumnCount);
        importer.Int32(vendorId);
        importer.Int64(batchId);
        if (agentId is { } id) importer.Int32(id);
        else importer.Null();
        CallRow.Write(importer, call, pseudonymiser);
        copied++;
        if (first is null || call.StartedAt < first) first = call.StartedAt;
        if (last is null || call.StartedAt > last) last = call.StartedAt;
    }
}
