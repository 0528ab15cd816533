using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Scoring;

/// <summary>One inbound call as repeat contacts see it.</summary>
public readonly record struct InboundCall(CallerKey Caller, DateTimeOffset StartedAt, bool Answered);

/// <summary>
/// The repeat-contact rate, the FCR proxy: the share of answered calls whose caller called the same vendor
/// again within the window (72 h by default), measured from the start of one call to the start of the next.
/// The scores job streams each vendor's calls once and counts them here.
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

        // Sorted by caller, then time, so each call's next is the element after it: one sort, no grouping. Calls at
        // the same instant put the answered one first, so the count does not depend on the order they came in.
        var known = calls.Where(c => c.Caller.IsKnown).ToArray();
        Array.Sort(known, ByCallerThenTime.Instance);
        var answered = 0;
        var repeated = 0;
        for (var i = 0; i < known.Length; i++)
        {
            var call = known[i];
            if (!call.Answered || call.StartedAt >= answeredBefore) continue;
            answered++;
            if (i + 1 < known.Length && known[i + 1].Caller == call.Caller && known[i + 1].StartedAt - call.StartedAt <= within) repeated++;
        }
        return answered == 0 ? null : (double)repeated / answered;
    }

    private sealed class ByCallerThenTime : IComparer<InboundCall>
    {
        public static readonly ByCallerThenTime Instance = new();

        public int Compare(InboundCall x, InboundCall y)
        {
            var caller = x.Caller.CompareTo(y.Caller);
            if (caller != 0) return caller;
            var time = x.StartedAt.UtcTicks.CompareTo(y.StartedAt.UtcTicks);
            return time != 0 ? time : y.Answered.CompareTo(x.Answered);
        }
    }
}
