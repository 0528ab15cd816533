using System.Runtime.InteropServices;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// For every call, when the same caller came back: their next inbound call, and the next callback the
/// vendor placed to them. One backward pass over the calls in time order, remembering per caller the
/// latest (in time: the next) inbound call and callback seen, so a million calls take a fraction of a second.
/// </summary>
internal static class FollowUps
{
    /// <summary>Callers must be known on at least this share of calls for repeat contacts to mean anything.</summary>
    private const double KnownCallerShare = 0.5;

    /// <param name="calls">In time order.</param>
    public static (int[] NextInbound, int[] NextCallback, bool CallersKnown) Compute(CallFacts[] calls)
    {
        var nextInbound = new int[calls.Length];
        var nextCallback = new int[calls.Length];
        // Sized for the calls up front: most callers call once, and growing to a month's callers would rehash it a dozen times.
        var later = new Dictionary<CallerKey, (long Inbound, long Callback)>(calls.Length);
        var known = 0;
        for (var i = calls.Length - 1; i >= 0; i--)
        {
            if (!calls[i].Caller.IsKnown)
            {
                (nextInbound[i], nextCallback[i]) = (int.MaxValue, int.MaxValue);
                continue;
            }
            known++;
            ref var next = ref CollectionsMarshal.GetValueRefOrAddDefault(later, calls[i].Caller, out var seen);
            if (!seen) next = (long.MaxValue, long.MaxValue);
            var ticks = calls[i].StartedAt.UtcTicks;
            nextInbound[i] = Seconds(next.Inbound, ticks);
            nextCallback[i] = Seconds(next.Callback, ticks);
            if (IsMadeCallback(calls[i])) next.Callback = ticks;
            else if (calls[i].IsInbound) next.Inbound = ticks;
        }
        return (nextInbound, nextCallback, calls.Length > 0 && known >= KnownCallerShare * calls.Length);
    }

    /// <summary>
    /// A callback reached the caller: an outbound callback that was answered, or a call the platform marks
    /// as a made callback without being a request itself (the CSV's <c>callback_made</c>).
    /// </summary>
    public static bool IsMadeCallback(CallFacts call) =>
        (call.IsCallback && call.WasAnswered) || (call.CallbackMade && !call.CallbackRequested);

    private static int Seconds(long laterTicks, long ticks) =>
        laterTicks == long.MaxValue ? int.MaxValue : (int)Math.Min(int.MaxValue - 1, (laterTicks - ticks) / TimeSpan.TicksPerSecond);
}
