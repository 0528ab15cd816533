using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Audits;

public enum ScorecardStatus : short { Draft = 0, Submitted = 1, Disputed = 2, Final = 3 }

/// <summary>Why a call was scored: only random-sample scorecards feed vendor scores (DOMAIN.md, Sampling).</summary>
public enum SampleKind : short { Random = 0, Targeted = 1, Calibration = 2 }

/// <summary>
/// One auditor's evaluation of one call on one version of a scorecard template. The answers are a
/// document; the headline scores and status are columns so that rankings and queues are plain SQL.
/// Every change is recorded as a <see cref="ScorecardRevision"/>, so the trail survives disputes.
/// </summary>
public sealed class Scorecard
{
    private readonly List<ScorecardRevision> _revisions = [];

    private Scorecard() { }

    public Scorecard(int vendorId, long callId, int? agentId, ScorecardTemplate template,
        string auditorId, SampleKind sampleKind, DateTimeOffset startedAt, SampledCall? sample = null, long? calibrationSessionId = null)
    {
        if (string.IsNullOrWhiteSpace(auditorId)) throw new DomainException("A scorecard needs the auditor who scores it.");
        if (sample is not null && (sample.VendorId != vendorId || sample.CallId != callId))
            throw new DomainException("A sample's scorecard is about the sampled call of its vendor.");
        if (sampleKind == SampleKind.Calibration && calibrationSessionId is null)
            throw new DomainException("A calibration scorecard belongs to a calibration session.");
        VendorId = vendorId;
        CallId = callId;
        AgentId = agentId;
        TemplateCode = template.Code;
        TemplateVersion = template.Version;
        AuditorId = auditorId;
        SampleKind = sampleKind;
        SampledCallId = sample?.Id;
        SamplePeriodStart = sample?.PeriodStart;
        CalibrationSessionId = calibrationSessionId;
        StartedAt = startedAt;
        UpdatedAt = startedAt;
        Status = ScorecardStatus.Draft;
        Record(RevisionKind.Created, auditorId, startedAt, null);
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public long CallId { get; private set; }
    public int? AgentId { get; private set; }
    public string TemplateCode { get; private set; } = "";
    public int TemplateVersion { get; private set; }
    public string AuditorId { get; private set; } = "";
    public SampleKind SampleKind { get; private set; }
    public long? SampledCallId { get; private set; }

    /// <summary>The month of the sample the call was drawn in (the sample's, kept here so a vendor-month's cards are one index range).</summary>
    public DateOnly? SamplePeriodStart { get; private set; }
    public long? CalibrationSessionId { get; private set; }
    public ScorecardStatus Status { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public decimal? Language { get; private set; }
    public decimal? Empathy { get; private set; }
    public decimal? Resolution { get; private set; }
    public decimal? Compliance { get; private set; }
    public decimal? Total { get; private set; }
    public ScorecardAnswers Answers { get; private set; } = new();
    public uint Version { get; private set; }
    public IReadOnlyCollection<ScorecardRevision> Revisions => _revisions;

    public bool IsEditable => Status == ScorecardStatus.Draft;

    /// <summary>Saves work in progress; incomplete answers are fine, the scores shown are over what is answered.</summary>
    public void SaveDraft(ScorecardTemplate template, ScorecardAnswers answers, string by, DateTimeOffset at)
    {
        RequireTemplate(template);
        if (!IsEditable) throw new DomainException("This scorecard was submitted; it changes only through a dispute.");
        Apply(template, answers, by, at);
        Record(RevisionKind.DraftSaved, by, at, null);
    }

    /// <summary>Submits a complete scorecard; from now on the vendor sees it and may dispute it.</summary>
    public void Submit(ScorecardTemplate template, ScorecardAnswers answers, string by, DateTimeOffset at)
    {
        RequireTemplate(template);
        if (!IsEditable) throw new DomainException("This scorecard was already submitted.");
        var problems = ScorecardScoring.Problems(template, answers.Items);
        if (problems.Count > 0) throw new DomainException("The scorecard is not complete: " + string.Join(" ", problems));
        Apply(template, answers, by, at);
        Status = ScorecardStatus.Submitted;
        SubmittedAt = at;
        Record(RevisionKind.Submitted, by, at, null);
    }

    /// <summary>A vendor user contested items: the scorecard waits for the auditor's answer.</summary>
    internal void MarkDisputed(string by, DateTimeOffset at, string note)
    {
        if (Status != ScorecardStatus.Submitted) throw new DomainException("Only a submitted scorecard can be disputed, once.");
        Status = ScorecardStatus.Disputed;
        Record(RevisionKind.DisputeOpened, by, at, note);
    }

    /// <summary>The auditor answered every contested item: the corrected values are applied and the scores recomputed.</summary>
    internal void ApplyDisputeOutcome(ScorecardTemplate template, IReadOnlyDictionary<string, int?> corrected, string by, DateTimeOffset at, string note)
    {
        RequireTemplate(template);
        if (Status != ScorecardStatus.Disputed) throw new DomainException("This scorecard is not under dispute.");
        var answers = Answers.Copy();
        foreach (var (itemId, value) in corrected)
        {
            var answer = answers.Items.SingleOrDefault(i => i.ItemId == itemId)
                ?? throw new DomainException($"items[{itemId}]: not on this scorecard.");
            answer.Value = value;
            answer.NotApplicable = value is null;
        }
        var problems = ScorecardScoring.Problems(template, answers.Items);
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        Apply(template, answers, by, at);
        Status = ScorecardStatus.Final;
        Record(RevisionKind.DisputeResolved, by, at, note);
    }

    private void Apply(ScorecardTemplate template, ScorecardAnswers answers, string by, DateTimeOffset at)
    {
        var result = ScorecardScoring.Score(template, answers.Items);
        Answers = answers.Copy();
        Language = result.Language;
        Empathy = result.Empathy;
        Resolution = result.Resolution;
        Compliance = result.Compliance;
        Total = result.Total;
        UpdatedAt = at;
        UpdatedBy = by;
    }

    private void Record(RevisionKind kind, string by, DateTimeOffset at, string? note) =>
        _revisions.Add(new ScorecardRevision(this, kind, by, at, note));

    private void RequireTemplate(ScorecardTemplate template)
    {
        if (template.Code != TemplateCode || template.Version != TemplateVersion)
            throw new DomainException($"This scorecard is scored on {TemplateCode} v{TemplateVersion}, not {template.Code} v{template.Version}.");
    }
}
