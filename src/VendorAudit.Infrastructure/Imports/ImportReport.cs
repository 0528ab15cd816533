using VendorAudit.Domain.Imports;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>What happened to one file; the counts always add up to <see cref="Total"/>.</summary>
public sealed record ImportReport(string FileName, string Format, long? BatchId, bool AlreadyImported,
    long Total, long Imported, long Duplicates, long Rejected, long Incomplete, IReadOnlyList<RejectedLine> RejectedLines)
{
    public static ImportReport From(ImportRequest request, ImportBatch batch) =>
        new(request.FileName, request.Format, batch.Id, false, batch.Total, batch.Imported, batch.Duplicates,
            batch.Rejected, batch.Incomplete, batch.RejectedLines);

    /// <summary>A file seen before: everything it holds is already in, so all its calls count as duplicates.</summary>
    public static ImportReport OfPreviousImport(ImportRequest request, ImportBatch previous) =>
        new(request.FileName, request.Format, previous.Id, true, previous.Total, 0, previous.Imported + previous.Duplicates,
            previous.Rejected, previous.Incomplete, previous.RejectedLines);
}
