namespace VendorAudit.Domain.Imports;

public enum UploadStatus : short { Queued = 0, Running = 1, Done = 2, Refused = 3, Failed = 4 }

/// <summary>
/// A file sent through the portal, waiting for or going through the background import. Its
/// progress is what the uploader watches; its batch is the import's report once done.
/// </summary>
public sealed class ImportUpload
{
    private ImportUpload() { }

    public ImportUpload(int vendorId, string fileName, string format, bool strict, string storedAs, string requestedBy, DateTimeOffset at)
    {
        VendorId = vendorId;
        FileName = fileName;
        Format = format;
        Strict = strict;
        StoredAs = storedAs;
        RequestedBy = requestedBy;
        RequestedAt = at;
        Status = UploadStatus.Queued;
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public string FileName { get; private set; } = "";
    public string Format { get; private set; } = "";
    public bool Strict { get; private set; }
    /// <summary>Where the file waits on the server; never shown to users.</summary>
    public string StoredAs { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public UploadStatus Status { get; private set; }
    public int Percent { get; private set; }
    public string? Message { get; private set; }
    public long? BatchId { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is UploadStatus.Done or UploadStatus.Refused or UploadStatus.Failed;

    /// <summary>Starts (or, after a crash, restarts) the import; a finished upload never runs again.</summary>
    public bool Start()
    {
        if (IsFinished) return false;
        Status = UploadStatus.Running;
        Percent = 0;
        return true;
    }

    public void Advance(int percent) => Percent = Math.Clamp(percent, Percent, 100);

    public void Complete(long batchId, string summary, DateTimeOffset at) => Finish(UploadStatus.Done, summary, at, batchId);

    public void Refuse(string reason, DateTimeOffset at) => Finish(UploadStatus.Refused, reason, at, null);

    public void Fail(string reason, DateTimeOffset at) => Finish(UploadStatus.Failed, reason, at, null);

    private void Finish(UploadStatus status, string message, DateTimeOffset at, long? batchId)
    {
        Status = status;
        Message = message;
        BatchId = batchId;
        FinishedAt = at;
        if (status == UploadStatus.Done) Percent = 100;
    }
}
