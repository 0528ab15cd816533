using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Findings;

public enum FindingStatus : short { Open = 0, Confirmed = 1, Dismissed = 2 }

/// <summary>
/// Statistical evidence that an agent (or a whole vendor when <see cref="AgentId"/> is null) abused a
/// target in a period. Only an auditor's confirmation makes it count against the vendor.
/// </summary>
public sealed class Finding
{
    private Finding() { }

    public Finding(int vendorId, int? agentId, string kind, Period period, FindingStatistics statistics, FindingEvidence evidence)
    {
        if (!FindingKinds.All.Contains(kind)) throw new DomainException($"Unknown finding kind '{kind}'.");
        VendorId = vendorId;
        AgentId = agentId;
        Kind = kind;
        PeriodStart = period.FirstDay;
        Status = FindingStatus.Open;
        Update(statistics, evidence);
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public int? AgentId { get; private set; }
    public string Kind { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public FindingStatus Status { get; private set; }
    public int CallCount { get; private set; }
    public double Effect { get; private set; }
    public double PValue { get; private set; }
    public double QValue { get; private set; }
    public FindingEvidence Evidence { get; private set; } = new();
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public uint Version { get; private set; }

    public Period Period => Period.Of(PeriodStart);

    /// <summary>
    /// A re-run of detection refreshes the numbers but keeps the auditor's decision. Returns false, and
    /// changes nothing, when the run found exactly what is stored: the nightly re-runs mostly do, and
    /// an unchanged finding is then not written again.
    /// </summary>
    public bool Update(FindingStatistics statistics, FindingEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (statistics == new FindingStatistics(CallCount, Effect, PValue, QValue) && Evidence.SameAs(evidence)) return false;
        CallCount = statistics.CallCount;
        Effect = statistics.Effect;
        PValue = statistics.PValue;
        QValue = statistics.QValue;
        Evidence = evidence;
        return true;
    }

    public void Confirm(string auditor, string reason, DateTimeOffset at) => Decide(FindingStatus.Confirmed, auditor, reason, at);

    public void Dismiss(string auditor, string reason, DateTimeOffset at) => Decide(FindingStatus.Dismissed, auditor, reason, at);

    private void Decide(FindingStatus status, string auditor, string reason, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Say why the finding is confirmed or dismissed.");
        Status = status;
        DecidedBy = auditor;
        DecidedAt = at;
        DecisionReason = reason.Trim();
    }
}

public readonly record struct FindingStatistics(int CallCount, double Effect, double PValue, double QValue);

/// <summary>What backs a finding: the supporting calls and the data of its chart.</summary>
public sealed class FindingEvidence
{
    public string Summary { get; set; } = "";

    /// <summary>The same summary in French, for French reports and pages (null for findings detected before it existed).</summary>
    public string? SummaryFr { get; set; }

    /// <summary>The summary in the reader's language ("fr" or "en"), English where no translation is stored.</summary>
    public string SummaryIn(string language) => SummaryIn(language, Summary, SummaryFr);

    /// <summary>The same choice for a query that read the two summaries as columns.</summary>
    public static string SummaryIn(string language, string summary, string? summaryFr) =>
        language == "fr" && summaryFr is { Length: > 0 } fr ? fr : summary;

    public List<long> CallIds { get; set; } = [];
    public List<ChartPoint> Chart { get; set; } = [];

    /// <summary>The same summaries, calls and chart, in the same order.</summary>
    public bool SameAs(FindingEvidence other) =>
        Summary == other.Summary && SummaryFr == other.SummaryFr && CallIds.SequenceEqual(other.CallIds)
        && Chart.Count == other.Chart.Count
        && Chart.Zip(other.Chart).All(p => p.First.X.Equals(p.Second.X) && p.First.Y.Equals(p.Second.Y) && p.First.Series == p.Second.Series);
}

public sealed class ChartPoint
{
    public double X { get; set; }
    public double Y { get; set; }
    public string? Series { get; set; }
}
