using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Imports;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Imports;

public sealed record UploadView(ImportUpload Upload, string VendorCode);

public sealed record BatchView(ImportBatch Batch, string VendorCode, string VendorName);

public sealed record ImportHistoryModel(IReadOnlyList<UploadView> Uploads, IReadOnlyList<BatchView> Batches);

/// <summary>Uploads and import batches in the caller's vendor scope, newest first.</summary>
public sealed class ImportHistory(VendorAuditDbContext db)
{
    private const int Shown = 50;

    public async Task<ImportHistoryModel> LoadAsync(CancellationToken cancellationToken)
    {
        var uploads = await (from u in db.ImportUploads join v in db.Vendors on u.VendorId equals v.Id
                             orderby u.RequestedAt descending select new UploadView(u, v.Code)).Take(Shown).ToListAsync(cancellationToken);
        var batches = await (from b in db.ImportBatches join v in db.Vendors on b.VendorId equals v.Id
                             orderby b.ReceivedAt descending select new BatchView(b, v.Code, v.Name)).Take(Shown).ToListAsync(cancellationToken);
        return new ImportHistoryModel(uploads, batches);
    }

    public Task<UploadView?> UploadAsync(long uploadId, CancellationToken cancellationToken) =>
        (from u in db.ImportUploads join v in db.Vendors on u.VendorId equals v.Id
         where u.Id == uploadId select new UploadView(u, v.Code)).SingleOrDefaultAsync(cancellationToken);

    public Task<BatchView?> BatchAsync(long batchId, CancellationToken cancellationToken) =>
        (from b in db.ImportBatches join v in db.Vendors on b.VendorId equals v.Id
         where b.Id == batchId select new BatchView(b, v.Code, v.Name)).SingleOrDefaultAsync(cancellationToken);
}
