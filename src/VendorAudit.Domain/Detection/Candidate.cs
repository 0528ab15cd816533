using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// One hypothesis a detector tested: an agent (or the vendor, when <see cref="AgentId"/> is null) and a kind,
/// with its p-value. Every candidate enters the false-discovery correction, significant or not.
/// </summary>
/// <param name="CallCount">The calls the test was computed on (the agent's answered calls, the vendor's offered calls…).</param>
/// <param name="Effect">The size of the abuse in the kind's own unit, a share of calls (see each detector).</param>
/// <param name="IsPractical">The effect reaches the kind's practical minimum and its corroboration holds.</param>
/// <param name="Explain">Builds the evidence; only called for candidates that become findings.</param>
public sealed record Candidate(
    string Kind,
    int? AgentId,
    int CallCount,
    double Effect,
    double PValue,
    bool IsPractical,
    Func<FindingEvidence> Explain);

/// <summary>A detector of one kind of abuse over one vendor's period.</summary>
public interface IDetector
{
    /// <summary>The stable id of <see cref="FindingKinds"/>.</summary>
    string Kind { get; }

    /// <summary>Every hypothesis tested, with its p-value; none is filtered here.</summary>
    IEnumerable<Candidate> Test(VendorPeriodCalls input);
}

/// <summary>A candidate that survived the run: ready to become (or refresh) a stored <see cref="Finding"/>.</summary>
public sealed record DetectedFinding(string Kind, int? AgentId, FindingStatistics Statistics, FindingEvidence Evidence);

/// <summary>What was tested in a run, kept or not, for an auditor who asks how big the family was.</summary>
public sealed record TestedHypothesis(string Kind, int? AgentId, int CallCount, double Effect, double PValue, double QValue, bool Kept);

public sealed record DetectionResult(IReadOnlyList<DetectedFinding> Findings, IReadOnlyList<TestedHypothesis> Tested);
