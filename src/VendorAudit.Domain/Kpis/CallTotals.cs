namespace VendorAudit.Domain.Kpis;

/// <summary>
/// Sums over a set of calls, computed where the calls live (one SQL aggregation), from which the
/// KPIs of DOMAIN.md follow without touching a single call again.
/// </summary>
public sealed record CallTotals(
    long Offered,
    long Answered,
    long AnsweredWithinThreshold,
    long Abandoned,
    long ShortAbandons,
    long SystemDrops,
    long Transferred,
    long TotalWaitOfAnsweredSeconds,
    long TotalHandleOfAnsweredSeconds)
{
    public static readonly CallTotals None = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>An abandon sooner than this (seconds of wait) is a misdial or a change of mind, not a lost caller.</summary>
    public const int ShortAbandonSeconds = 5;

    /// <summary>Calls that count for service level: short abandons (under 5 s) are left out.</summary>
    public long ServiceLevelBase => Offered - ShortAbandons;

    /// <summary>Share answered within the threshold; abandons (other than short ones) count against it.</summary>
    public double? ServiceLevel => Ratio(AnsweredWithinThreshold, ServiceLevelBase);

    /// <summary>Average speed of answer in seconds: total wait of answered calls / answered calls.</summary>
    public double? AverageSpeedOfAnswer => Ratio(TotalWaitOfAnsweredSeconds, Answered);

    public double? AbandonRate => Ratio(Abandoned, Offered);

    /// <summary>Average handle time in seconds over handled (answered) calls.</summary>
    public double? AverageHandleTime => Ratio(TotalHandleOfAnsweredSeconds, Answered);

    public double? TransferRate => Ratio(Transferred, Answered);

    public double? SystemDropRate => Ratio(SystemDrops, Offered);

    private static double? Ratio(long part, long whole) => whole <= 0 ? null : (double)part / whole;
}
