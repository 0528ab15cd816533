namespace VendorAudit.Domain.Imports;

/// <summary>
/// One file received from a vendor. Its counts always add up:
/// total = imported + duplicates + rejected + incomplete.
/// </summary>
public sealed class ImportBatch
{
    private ImportBatch() { }

    public ImportBatch(int vendorId, string fileName, string contentHash, string format, DateTimeOffset receivedAt)
    {
        VendorId = vendorId;
        FileName = fileName;
        ContentHash = contentHash;
        Format = format;
        ReceivedAt = receivedAt;
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentHash { get; private set; } = "";
    public string Format { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public int Total { get; private set; }
    public int Imported { get; private set; }
    public int Duplicates { get; private set; }
    public int Rejected { get; private set; }
    public int Incomplete { get; private set; }
    public List<RejectedLine> RejectedLines { get; private set; } = [];

    public void Record(int imported, int duplicates, int incomplete, IEnumerable<RejectedLine> rejected)
    {
        if (imported < 0 || duplicates < 0 || incomplete < 0) throw new DomainException("Import counts cannot be negative.");
        RejectedLines = rejected.ToList();
        Imported = imported;
        Duplicates = duplicates;
        Incomplete = incomplete;
        Rejected = RejectedLines.Count;
        Total = Imported + Duplicates + Rejected + Incomplete;
    }
}

public sealed class RejectedLine
{
    public long Line { get; set; }
    public string Reason { get; set; } = "";
}
