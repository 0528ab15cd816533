namespace VendorAudit.Domain.Audits;

public enum ScorecardStatus : short { Draft = 0, Submitted = 1, Disputed = 2, Final = 3 }

/// <summary>Why a call was scored: only random-sample scorecards feed vendor scores (DOMAIN.md, Sampling).</summary>
public enum SampleKind : short { Random = 0, Targeted = 1, Calibration = 2 }

/// <summary>
/// One auditor's evaluation of one call on one version of a scorecard template. The answers are a
/// document; the headline scores and status are columns so that rankings and queues are plain SQL.
/// </summary>
public sealed class Scorecard
{
    private Scorecard() { }

    public Scorecard(int vendorId, long callId, int? agentId, string templateCode, int templateVersion,
        string auditorId, SampleKind sampleKind, DateTimeOffset startedAt)
    {
        if (string.IsNullOrWhiteSpace(templateCode) || templateVersion < 1)
            throw new DomainException("A scorecard must name the template version it is scored with.");
        VendorId = vendorId;
        CallId = callId;
        AgentId = agentId;
        TemplateCode = templateCode;
        TemplateVersion = templateVersion;
        AuditorId = auditorId;
        SampleKind = sampleKind;
        StartedAt = startedAt;
        Status = ScorecardStatus.Draft;
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public long CallId { get; private set; }
    public int? AgentId { get; private set; }
    public string TemplateCode { get; private set; } = "";
    public int TemplateVersion { get; private set; }
    public string AuditorId { get; private set; } = "";
    public SampleKind SampleKind { get; private set; }
    public ScorecardStatus Status { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public decimal? Language { get; private set; }
    public decimal? Empathy { get; private set; }
    public decimal? Resolution { get; private set; }
    public decimal? Compliance { get; private set; }
    public decimal? Total { get; private set; }
    public ScorecardAnswers Answers { get; private set; } = new();
    public uint Version { get; private set; }
}

/// <summary>The auditor's answers, item by item, as scored.</summary>
public sealed class ScorecardAnswers
{
    public List<ItemAnswer> Items { get; set; } = [];
    public string? OverallComment { get; set; }
}

public sealed class ItemAnswer
{
    public string ItemId { get; set; } = "";
    public int? Value { get; set; }
    public bool NotApplicable { get; set; }
    public string? Comment { get; set; }
}
