using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Periods;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// What happened to one file; the counts always add up to <see cref="Total"/>. <see cref="Periods"/>
/// are the months its new calls fall in, whose evidence detection must weigh again.
/// </summary>
public sealed record ImportReport(string FileName, string Format, long? BatchId, bool AlreadyImported,
    long Total, long Imported, long Duplicates, long Rejected, long Incomplete, IReadOnlyList<RejectedLine> RejectedLines,
    IReadOnlyList<Period> Periods)
{
    public static ImportReport From(ImportRequest request, ImportBatch batch, IReadOnlyList<Period> periods) =>
        new(request.FileName, request.Format, batch.Id, false, batch.Total, batch.Imported, batch.Duplicates,
            batch.Rejected, batch.Incomplete, batch.RejectedLines, periods);

    /// <summary>A file seen before: everything it holds is already in, so all its calls count as duplicates.</summary>
    public static ImportReport OfPreviousImport(ImportRequest request, ImportBatch previous) =>
        new(request.FileName, request.Format, previous.Id, true, previous.Total, 0, previous.Imported + previous.Duplicates,
            previous.Rejected, previous.Incomplete, previous.RejectedLines, []);
}
