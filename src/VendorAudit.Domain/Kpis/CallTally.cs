using VendorAudit.Domain.Calls;

namespace VendorAudit.Domain.Kpis;

/// <summary>
/// Sums calls one at a time into <see cref="CallTotals"/>, for a reader that passes over the calls anyway (the
/// scores job). The definitions are those of the SQL sums the pages use, and a test holds the two together.
/// </summary>
public sealed class CallTally(int serviceLevelThresholdSeconds)
{
    private long offered, answered, withinThreshold, abandoned, shortAbandons, systemDrops, transferred, wait, handle;

    public void Add(CallOutcome outcome, int waitSeconds, int handleSeconds, int transfers)
    {
        offered++;
        if (transfers > 0) transferred++;
        switch (outcome)
        {
            case CallOutcome.Answered or CallOutcome.Transferred:
                answered++;
                wait += waitSeconds;
                handle += handleSeconds;
                if (waitSeconds <= serviceLevelThresholdSeconds) withinThreshold++;
                break;
            case CallOutcome.Abandoned:
                abandoned++;
                if (waitSeconds < CallTotals.ShortAbandonSeconds) shortAbandons++;
                break;
            case CallOutcome.SystemTimeout:
                systemDrops++;
                break;
        }
    }

    public CallTotals ToTotals() =>
        new(offered, answered, withinThreshold, abandoned, shortAbandons, systemDrops, transferred, wait, handle);
}
