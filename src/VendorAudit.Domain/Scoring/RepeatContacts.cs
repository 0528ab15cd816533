using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Scoring;

/// <summary>One inbound call as repeat contacts see it.</summary>
public readonly record struct InboundCall(CallerKey Caller, DateTimeOffset StartedAt, bool Answered);

/// <summary>
/// The repeat-contact rate, the FCR proxy: the share of answered calls whose caller called the same vendor
/// again within the window (72 h by default), measured from the start of one call to the start of the next.
/// The infrastructure computes it in SQL; this is the reference that SQL is tested against, and it serves
/// the in-memory paths (bench, demo).
/// </summary>
public static class RepeatContacts
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(72);

    /// <summary>
    /// Over one vendor's inbound calls, in any order. Calls from unknown callers count on neither side: nobody can
    /// tell whether they called back. Null without an answered call from a known caller. The next call may itself be
    /// unanswered: a caller who tries again was not resolved either way.
    /// </summary>
    /// <param name="answeredBefore">
    /// The period's end. Pass the calls of the window after it as well, so that its last three days are not
    /// flattered: calls from this instant on are looked at only as the call that came next, not as base.
    /// </param>
    public static double? Rate(IEnumerable<InboundCall> calls, TimeSpan? window = null, DateTimeOffset? answeredBefore = null)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var within = window ?? DefaultWindow;
        if (within <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(window), within, "The window must be positive.");

        var answered = 0;
        var repeated = 0;
        foreach (var caller in calls.Where(c => c.Caller.IsKnown).GroupBy(c => c.Caller))
        {
            var ordered = caller.OrderBy(c => c.StartedAt).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                if (!ordered[i].Answered || ordered[i].StartedAt >= answeredBefore) continue;
                answered++;
                if (i + 1 < ordered.Count && ordered[i + 1].StartedAt - ordered[i].StartedAt <= within) repeated++;
            }
        }
        return answered == 0 ? null : (double)repeated / answered;
    }
}
