namespace VendorAudit.Domain.Calibration;

public enum CalibrationStatus : short { Open = 0, Closed = 1 }

/// <summary>
/// Several auditors score the same calls blind: while the session is open each sees only their own
/// scorecards; closing it reveals everyone's and produces the agreement report.
/// </summary>
public sealed class CalibrationSession
{
    private CalibrationSession() { }

    public CalibrationSession(string name, string templateCode, int templateVersion, IReadOnlyCollection<long> callIds,
        IReadOnlyCollection<string> auditors, string createdBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("Name the calibration session.");
        // The limit is on calls, not on how often a call is named: the ids are deduplicated below.
        if (callIds.Distinct().Count() is < 1 or > 50) throw new DomainException("A calibration session has 1 to 50 calls.");
        if (auditors.Distinct().Count() < 2) throw new DomainException("A calibration session needs at least two auditors.");
        Name = name.Trim();
        TemplateCode = templateCode;
        TemplateVersion = templateVersion;
        CallIds = callIds.Distinct().Order().ToList();
        Auditors = auditors.Distinct().Order(StringComparer.Ordinal).ToList();
        CreatedBy = createdBy;
        CreatedAt = at;
        Status = CalibrationStatus.Open;
    }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";
    public string TemplateCode { get; private set; } = "";
    public int TemplateVersion { get; private set; }
    public List<long> CallIds { get; private set; } = [];
    public List<string> Auditors { get; private set; } = [];
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public CalibrationStatus Status { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    public bool Includes(string auditor) => Auditors.Contains(auditor);

    public void Close(DateTimeOffset at)
    {
        if (Status == CalibrationStatus.Closed) throw new DomainException("This session is already closed.");
        Status = CalibrationStatus.Closed;
        ClosedAt = at;
    }
}
