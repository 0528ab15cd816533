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

    /// <summary>At most this many rejected lines are kept with their reasons; the count stays exact beyond it.</summary>
    public const int KeptRejectedLines = 10_000;

    public void Record(int imported, int duplicates, int rejected, int incomplete, IEnumerable<RejectedLine> rejectedLines)
    {
        if (imported < 0 || duplicates < 0 || rejected < 0 || incomplete < 0) throw new DomainException("Import counts cannot be negative.");
        RejectedLines = rejectedLines.Take(KeptRejectedLines).ToList();
        if (RejectedLines.Count > rejected) throw new DomainException("More rejected lines listed than counted.");
        Imported = imported;
        Duplicates = duplicates;
        Rejected = rejected;
        Incomplete = incomplete;
        Total = Imported + Duplicates + Rejected + Incomplete;
    }
}

public sealed class RejectedLine
{
    public long Line { get; set; }
    public string Reason { get; set; } = "";
}
