using System.Buffers;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// For every call, when the same caller came back: their next inbound call, and the next callback the
/// vendor placed to them. The known callers' calls are sorted by caller, then time, and each caller's
/// calls walked from the last back, remembering the latest (in time: the next) inbound call and callback
/// seen: a million calls take a fraction of a second, in arrays from the shared pool rather than a
/// dictionary of a month's callers built afresh on every run.
/// </summary>
internal static class FollowUps
{
    /// <summary>Callers must be known on at least this share of calls for repeat contacts to mean anything.</summary>
    private const double KnownCallerShare = 0.5;

    /// <param name="calls">In time order.</param>
    /// <returns>Arrays from the shared pool, at least as long as <paramref name="calls"/>; the caller returns them.</returns>
    public static (int[] NextInbound, int[] NextCallback, bool CallersKnown) Compute(ReadOnlySpan<CallFacts> calls)
    {
        var nextInbound = ArrayPool<int>.Shared.Rent(calls.Length);
        var nextCallback = ArrayPool<int>.Shared.Rent(calls.Length);
        var byCaller = ArrayPool<CallerCall>.Shared.Rent(calls.Length);
        var known = 0;
        for (var i = 0; i < calls.Length; i++)
        {
            (nextInbound[i], nextCallback[i]) = (int.MaxValue, int.MaxValue);
            if (calls[i].Caller.IsKnown) byCaller[known++] = new CallerCall(calls[i].Caller, i);
        }
        var grouped = byCaller.AsSpan(0, known);
        grouped.Sort();

        (long Inbound, long Callback) next = default;
        for (var j = grouped.Length - 1; j >= 0; j--)
        {
            if (j == grouped.Length - 1 || grouped[j].Caller != grouped[j + 1].Caller) next = (long.MaxValue, long.MaxValue);
            var i = grouped[j].Index;
            var ticks = calls[i].StartedAt.UtcTicks;
            nextInbound[i] = Seconds(next.Inbound, ticks);
            nextCallback[i] = Seconds(next.Callback, ticks);
            if (IsMadeCallback(calls[i])) next.Callback = ticks;
            else if (calls[i].IsInbound) next.Inbound = ticks;
        }
        ArrayPool<CallerCall>.Shared.Return(byCaller);
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

    /// <summary>A known caller's call, by its index in time order: sorting these groups each caller's calls in time order.</summary>
    private readonly record struct CallerCall(CallerKey Caller, int Index) : IComparable<CallerCall>
    {
        public int CompareTo(CallerCall other)
        {
            var byCaller = Caller.CompareTo(other.Caller);
            return byCaller != 0 ? byCaller : Index.CompareTo(other.Index);
        }
    }
}
