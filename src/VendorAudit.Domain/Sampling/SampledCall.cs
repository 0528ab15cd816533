using VendorAudit.Domain.Audits;

namespace VendorAudit.Domain.Sampling;

public enum SampledCallState : short { Open = 0, Claimed = 1, Scored = 2 }

/// <summary>
/// A call in an auditor's work queue: random or targeted, claimed by at most one auditor at a time,
/// due by the plan's date. Two auditors claiming at once: the concurrency token lets one win.
/// </summary>
public sealed class SampledCall
{
    private SampledCall() { }

    public SampledCall(SamplingPlan plan, long callId, int? agentId, SampleKind kind, string stratumKey, long? findingId = null)
    {
        if (kind == SampleKind.Calibration) throw new DomainException("Calibration calls belong to a calibration session, not a plan.");
        PlanId = plan.Id;
        VendorId = plan.VendorId;
        PeriodStart = plan.PeriodStart;
        CallId = callId;
        AgentId = agentId;
        Kind = kind;
        StratumKey = stratumKey;
        FindingId = findingId;
        DueDate = plan.DueDate;
        State = SampledCallState.Open;
    }

    public long Id { get; private set; }
    public long PlanId { get; private set; }
    public int VendorId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public long CallId { get; private set; }
    public int? AgentId { get; private set; }
    public SampleKind Kind { get; private set; }
    public string StratumKey { get; private set; } = "";
    public long? FindingId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public SampledCallState State { get; private set; }
    public string? AssignedTo { get; private set; }
    public DateTimeOffset? ClaimedAt { get; private set; }
    public long? ScorecardId { get; private set; }
    public uint Version { get; private set; }

    public void Claim(string auditor, DateTimeOffset at)
    {
        if (State == SampledCallState.Scored) throw new DomainException("This call has been scored already.");
        if (AssignedTo is { } other && other != auditor) throw new DomainException($"{other} claimed this call first.");
        AssignedTo = auditor;
        ClaimedAt ??= at;
        State = SampledCallState.Claimed;
    }

    public void Release(string auditor)
    {
        if (State == SampledCallState.Scored) throw new DomainException("A scored call stays with its auditor.");
        if (AssignedTo != auditor) throw new DomainException("Only the auditor who claimed a call can release it.");
        AssignedTo = null;
        ClaimedAt = null;
        State = SampledCallState.Open;
    }

    /// <summary>The scorecard started from this call; the call leaves the open queue once it is submitted.</summary>
    public void Attach(Scorecard scorecard) => ScorecardId = scorecard.Id;

    public void MarkScored() => State = SampledCallState.Scored;
}
