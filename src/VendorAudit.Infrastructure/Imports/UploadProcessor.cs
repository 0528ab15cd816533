using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using VendorAudit.Domain.Imports;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Imports;

/// <summary>
/// Imports a portal upload: marks it running, imports the stored file with progress written to the
/// upload row (from its own context, outside the import's transaction), records the outcome, and
/// deletes the stored file once the outcome is final, then asks for detection of the months it touched.
/// </summary>
public sealed class UploadProcessor(IServiceScopeFactory scopes, ISchedulerFactory schedulers, TimeProvider clock, ILogger<UploadProcessor> logger)
{
    public async Task ProcessAsync(long uploadId, CancellationToken cancellationToken)
    {
        var upload = await UpdateAsync(uploadId, u => u.Start(), cancellationToken);
        if (upload is null || upload.Status != UploadStatus.Running) return;

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var vendorCode = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors
                .Where(v => v.Id == upload.VendorId).Select(v => v.Code).SingleAsync(cancellationToken);
            await using var file = File.OpenRead(upload.StoredAs);
            var progress = new PercentWriter(this, uploadId);
            var report = await scope.ServiceProvider.GetRequiredService<CallImporter>().ImportAsync(
                new ImportRequest(vendorCode, upload.Format, upload.FileName, upload.Strict), file, progress, cancellationToken);
            await progress.DrainAsync();
            var summary = report.AlreadyImported
                ? $"Already imported as batch {report.BatchId}; nothing added."
                : $"{report.Imported:N0} imported, {report.Duplicates:N0} duplicates, {report.Rejected:N0} rejected lines, {report.Incomplete:N0} incomplete calls.";
            await UpdateAsync(uploadId, u => u.Complete(report.BatchId!.Value, summary, clock.GetUtcNow()), cancellationToken);
            if (report.Imported > 0)
            {
                // New calls change the evidence of the months they fall in: detect those again.
                await Jobs.DetectionJob.RequestAsync(await schedulers.GetScheduler(cancellationToken), upload.VendorId, report.Periods, cancellationToken);
            }
        }
        catch (ImportRefusedException e)
        {
            await UpdateAsync(uploadId, u => u.Refuse(e.Message, clock.GetUtcNow()), cancellationToken);
        }
        catch (FileNotFoundException)
        {
            await UpdateAsync(uploadId, u => u.Fail("The uploaded file is no longer on the server; upload it again.", clock.GetUtcNow()), cancellationToken);
            return;
        }
        DeleteQuietly(upload.StoredAs);
    }

    private async Task<ImportUpload?> UpdateAsync(long uploadId, Action<ImportUpload> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        var upload = await db.ImportUploads.SingleOrDefaultAsync(u => u.Id == uploadId, cancellationToken);
        if (upload is null) return null;
        change(upload);
        await db.SaveChangesAsync(cancellationToken);
        return upload;
    }

    private void DeleteQuietly(string path)
    {
        try { File.Delete(path); }
        catch (IOException e) { logger.LogWarning(e, "Could not delete the imported upload {Path}", path); }
    }

    /// <summary>Writes whole percents, one at a time, without blocking the import.</summary>
    private sealed class PercentWriter(UploadProcessor processor, long uploadId) : IProgress<double>
    {
        private int _written;
        private Task _pending = Task.CompletedTask;

        public void Report(double share)
        {
            var percent = (int)(share * 100);
            if (percent <= _written || !_pending.IsCompleted) return;
            _written = percent;
            _pending = processor.UpdateAsync(uploadId, u => u.Advance(percent), CancellationToken.None);
        }

        public Task DrainAsync() => _pending;
    }
}
