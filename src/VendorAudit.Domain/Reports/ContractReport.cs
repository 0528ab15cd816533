using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Reports;

/// <summary>
/// A rendered contract-review report: one per vendor, period and language, replaced when rendered again.
/// The hash and the template version say exactly which document procurement took into the review.
/// </summary>
public sealed class ContractReport
{
    private ContractReport() { }

    public ContractReport(int vendorId, Period period, string language)
    {
        if (language is not ("en" or "fr")) throw new DomainException($"Reports are written in English or French, not '{language}'.");
        VendorId = vendorId;
        PeriodStart = period.FirstDay;
        Language = language;
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public string Language { get; private set; } = "en";
    public string TemplateVersion { get; private set; } = "";
    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";
    public int Size { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    public Period Period => Period.Of(PeriodStart);

    /// <summary>Takes a newly rendered document; the previous one is gone (the hash changes with it).</summary>
    public void Store(byte[] pdf, string templateVersion, string createdBy, DateTimeOffset at)
    {
        if (pdf.Length == 0) throw new DomainException("A report needs its rendered document.");
        Content = pdf;
        Size = pdf.Length;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf));
        TemplateVersion = templateVersion;
        CreatedBy = string.IsNullOrWhiteSpace(createdBy) ? "system" : createdBy.Trim();
        CreatedAt = at;
    }
}
