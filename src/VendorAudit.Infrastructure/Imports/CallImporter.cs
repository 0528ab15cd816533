using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>One file to import for one vendor, in a declared format.</summary>
public sealed record ImportRequest(string VendorCode, string Format, string FileName, bool Strict = false, bool CreateVendor = false);

/// <summary>
/// Imports one vendor file in one transaction: the file lands whole (its bad lines counted and kept
/// with their reasons) or not at all. The same file twice adds nothing; a killed import leaves
/// nothing behind, so running it again imports it exactly once.
/// </summary>
public sealed class CallImporter(VendorAuditDbContext db, CallBulkLoader loader, IEnumerable<ICallFileParser> parsers, TimeProvider clock)
{
    /// <param name="content">The file, readable and seekable (it is read for its hash, then parsed; parsed again when it holds duplicates).</param>
    /// <param name="progress">Share of the file read so far, 0 to 1.</param>
    public async Task<ImportReport> ImportAsync(ImportRequest request, Stream content, IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var parser = parsers.SingleOrDefault(p => p.Format == request.Format)
            ?? throw new ImportRefusedException($"Unknown format '{request.Format}': use {string.Join(", ", ImportFormats.All)}.");
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = 0;

        var vendor = await FindOrCreateVendorAsync(request, cancellationToken);
        if (await PreviousBatchAsync(vendor.Id, hash, cancellationToken) is { } previous)
            return ImportReport.OfPreviousImport(request, previous);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = new ImportBatch(vendor.Id, Path.GetFileName(request.FileName), hash, request.Format, clock.GetUtcNow());
        db.ImportBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same file was being imported concurrently and committed first.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return ImportReport.OfPreviousImport(request, (await PreviousBatchAsync(vendor.Id, hash, cancellationToken))!);
        }

        var tally = new ParseTally(request.Strict);
        IEnumerable<ParsedCall> ReadCalls()
        {
            content.Position = 0;
            return tally.Calls(parser.Parse(new ProgressStream(content, progress), cancellationToken));
        }
        LoadCounts loaded;
        try
        {
            loaded = await loader.LoadAsync((NpgsqlConnection)db.Database.GetDbConnection(), vendor.Id, batch.Id, ReadCalls, cancellationToken);
        }
        catch (NotThisFormatException e)
        {
            throw new ImportRefusedException($"{request.FileName}: refused, nothing imported: {e.Message}");
        }
        batch.Record(checked((int)loaded.Imported), checked((int)loaded.Duplicates), tally.Rejected, tally.Incomplete, tally.Lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(1);
        return ImportReport.From(request, batch, loaded.Periods);
    }

    private async Task<Vendor> FindOrCreateVendorAsync(ImportRequest request, CancellationToken cancellationToken)
    {
        var code = Vendor.NormaliseCode(request.VendorCode);
        // Through the scoped context: a vendor user can only ever find their own vendor here.
        if (await db.Vendors.SingleOrDefaultAsync(v => v.Code == code, cancellationToken) is { } vendor) return vendor;
        if (!request.CreateVendor) throw new ImportRefusedException($"No vendor has the code '{request.VendorCode}'.");
        vendor = new Vendor(code, code, "Unknown");
        db.Vendors.Add(vendor);
        await db.SaveChangesAsync(cancellationToken);
        return vendor;
    }

    private Task<ImportBatch?> PreviousBatchAsync(int vendorId, string hash, CancellationToken cancellationToken) =>
        db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.VendorId == vendorId && b.ContentHash == hash, cancellationToken);

    /// <summary>Counts what the parser says about the file while passing its calls on to the load; each reading counts afresh.</summary>
    private sealed class ParseTally(bool strict)
    {
        public int Rejected { get; private set; }
        public int Incomplete { get; private set; }
        public List<RejectedLine> Lines { get; } = [];

        public IEnumerable<ParsedCall> Calls(IEnumerable<ParseItem> items)
        {
            Rejected = 0;
            Incomplete = 0;
            Lines.Clear();
            foreach (var item in items)
            {
                switch (item)
                {
                    case CallItem call:
                        yield return call.Call;
                        break;
                    case RejectedItem rejected when strict:
                        throw new ImportRefusedException($"line {rejected.Line}: {rejected.Reason} (--strict: nothing imported)");
                    case RejectedItem rejected:
                        Rejected++;
                        if (Lines.Count < ImportBatch.KeptRejectedLines) Lines.Add(new RejectedLine { Line = rejected.Line, Reason = rejected.Reason });
                        break;
                    case IncompleteItem:
                        Incomplete++;
                        break;
                }
            }
        }
    }
}

/// <summary>The file cannot be imported at all (wrong format, unknown vendor, strict mode); nothing was written.</summary>
public sealed class ImportRefusedException(string message) : Exception(message);
