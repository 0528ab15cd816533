namespace VendorAudit.Domain.Scoring;

/// <summary>A finding an auditor confirmed; only confirmed ones weigh on scores and money (suspected ones may be chance).</summary>
/// <param name="VendorWide">Found on the vendor as a whole (a queue, a platform), not on one agent.</param>
public sealed record ConfirmedAbuse(long FindingId, string Kind, bool VendorWide);

/// <summary>How much confirmed abuse there is at a vendor, 0–100, for the composite score.</summary>
public static class AbuseIndex
{
    /// <summary>An abuse by one agent.</summary>
    public const double AgentLevelPoints = 10;

    /// <summary>Twice an agent's: a practice of the whole vendor reaches every caller.</summary>
    public const double VendorWidePoints = 20;

    public const double Max = 100;

    /// <summary>Σ 10 per agent-level finding and 20 per vendor-wide one, capped at 100; a finding listed twice counts once.</summary>
    public static double From(IReadOnlyCollection<ConfirmedAbuse> confirmed)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        var points = confirmed.DistinctBy(a => a.FindingId).Sum(a => a.VendorWide ? VendorWidePoints : AgentLevelPoints);
        return Math.Min(points, Max);
    }
}
