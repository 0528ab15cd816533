using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Quartz;
using VendorAudit.Domain.Imports;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Imports;

public sealed class UploadForm
{
    [Required(ErrorMessage = "Choose the vendor.")]
    [Display(Name = "Vendor")]
    public string VendorCode { get; set; } = "";

    [Required(ErrorMessage = "Choose the file's format.")]
    [Display(Name = "Format")]
    public string Format { get; set; } = ImportFormats.QueueLog;

    [Display(Name = "Refuse the whole file at its first bad line")]
    public bool Strict { get; set; }

    [Required(ErrorMessage = "Choose a file.")]
    [Display(Name = "File")]
    public IFormFile? File { get; set; }

    public IReadOnlyList<(string Code, string Name)> Vendors { get; set; } = [];
}

public sealed record UploadReceived(long? UploadId, string? Problem, string? Field = null);

/// <summary>
/// Takes an uploaded file: checks the vendor is in the uploader's scope, keeps the file in the
/// upload folder, records the upload and hands it to the import job. Nothing is imported here.
/// </summary>
public sealed class UploadReceiver(VendorAuditDbContext db, ISchedulerFactory schedulers, IConfiguration configuration, TimeProvider clock)
{
    public async Task<UploadForm> FormAsync(CancellationToken cancellationToken, UploadForm? form = null)
    {
        form ??= new UploadForm();
        form.Vendors = (await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Code, v.Name }).ToListAsync(cancellationToken))
            .Select(v => (v.Code, v.Name)).ToList();
        if (form.Vendors.Count == 1) form.VendorCode = form.Vendors[0].Code;
        return form;
    }

    public async Task<UploadReceived> ReceiveAsync(UploadForm form, string uploader, CancellationToken cancellationToken)
    {
        if (!ImportFormats.All.Contains(form.Format)) return new(null, $"Format must be one of {string.Join(", ", ImportFormats.All)}.", nameof(form.Format));
        if (form.File is not { Length: > 0 } file) return new(null, "The file is empty.", nameof(form.File));
        var code = form.VendorCode.Trim().ToUpperInvariant();
        // The scoped context: a vendor user finds only their own vendor, whatever the form says.
        var vendorId = await db.Vendors.Where(v => v.Code == code).Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken);
        if (vendorId is null) return new(null, $"No vendor you can import for has the code '{form.VendorCode}'.", nameof(form.VendorCode));

        var folder = UploadFolder(configuration);
        Directory.CreateDirectory(folder);
        var storedAs = Path.Combine(folder, $"{Guid.NewGuid():N}.upload");
        await using (var target = System.IO.File.Create(storedAs))
            await file.CopyToAsync(target, cancellationToken);

        var upload = new ImportUpload(vendorId.Value, Path.GetFileName(file.FileName), form.Format, form.Strict, storedAs, uploader, clock.GetUtcNow());
        db.ImportUploads.Add(upload);
        await db.SaveChangesAsync(cancellationToken);

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(ImportUploadJob.Key, new JobDataMap { [ImportUploadJob.UploadId] = upload.Id }, cancellationToken);
        return new(upload.Id, null);
    }

    /// <summary>Where uploads wait for the job; shared storage when several instances run.</summary>
    public static string UploadFolder(IConfiguration configuration) =>
        configuration["VendorAudit:UploadFolder"] is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "vendoraudit-uploads");
}
