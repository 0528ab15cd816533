using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Scoring;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>Everything one contract-review report shows, read from the database before any HTML is written.</summary>
public sealed record ReportModel(
    string Language, Vendor Vendor, VendorPeriodScore Score, IReadOnlyList<VendorPeriodScore> History,
    IReadOnlyList<ReportFinding> Findings, DisputeSummary Disputes, IReadOnlyList<AuditorComment> Comments, DateTimeOffset IssuedAt);

/// <summary>A confirmed finding with its chart and a few of the calls behind it, by the ids the vendor's platform gave them.</summary>
public sealed record ReportFinding(long Id, string Kind, string? Agent, int CallCount, double Effect, double QValue, string Summary,
    IReadOnlyList<ChartPoint> Chart, IReadOnlyList<string> SampleCalls, DateTimeOffset? ConfirmedAt, string? Reason);

/// <summary>Disputes on the period's scorecards: how many were opened and answered, and how their items were ruled.</summary>
public sealed record DisputeSummary(int Opened, int Resolved, int ItemsAccepted, int ItemsPartlyAccepted, int ItemsRejected)
{
    public int StillOpen => Opened - Resolved;
}

public sealed record AuditorComment(string Call, decimal? Total, string Comment);
