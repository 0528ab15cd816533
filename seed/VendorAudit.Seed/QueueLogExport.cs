using System.Globalization;
using VendorAudit.Domain.Calls;

namespace VendorAudit.Seed;

/// <summary>
/// Writes demo calls as the Asterisk queue_log a vendor's PBX would export: one event per line,
/// calls interleaved in time order as in a real log. Used to exercise the real import path.
/// </summary>
public static class QueueLogExport
{
    /// <param name="calls">Calls in start order, as the generator yields them.</param>
    public static IEnumerable<string> Lines(IEnumerable<DemoCall> calls)
    {
        // Lines of calls still in progress wait here until time reaches them, so memory follows the
        // number of simultaneous calls, not the length of the log.
        var pending = new PriorityQueue<string, (long Epoch, long Order)>();
        long order = 0;
        foreach (var call in calls)
        {
            var start = call.StartedAt.ToUnixTimeSeconds();
            while (pending.TryPeek(out _, out var next) && next.Epoch <= start) yield return pending.Dequeue();
            foreach (var (epoch, line) in Events(call, start)) pending.Enqueue(line, (epoch, order++));
        }
        while (pending.Count > 0) yield return pending.Dequeue();
    }

    private static IEnumerable<(long Epoch, string Line)> Events(DemoCall call, long start)
    {
        var id = call.ExternalId;
        var q = call.Queue;
        var wait = call.Timings.Wait;
        var talk = call.Timings.Talk;
        string Line(long at, string agent, string verb, string data) =>
            string.Create(CultureInfo.InvariantCulture, $"{at}|{id}|{q}|{agent}|{verb}|{data}");

        yield return (start, Line(start, "NONE", "ENTERQUEUE", $"|{call.CallerNumber}|1"));
        var answeredAt = start + wait;
        switch (call.Outcome)
        {
            case CallOutcome.Answered or CallOutcome.Transferred when call.AgentName is { } agent:
                yield return (answeredAt, Line(answeredAt, agent, "CONNECT", $"{wait}|{id}.1|{call.Details.RingSeconds}"));
                var end = answeredAt + talk;
                yield return (end, call.Outcome == CallOutcome.Transferred
                    ? Line(end, agent, "BLINDTRANSFER", $"{call.Details.TransferTarget ?? "2000"}|from-internal|{wait}|{talk}|1")
                    : Line(end, agent, call.EndedBy == EndedBy.Agent ? "COMPLETEAGENT" : "COMPLETECALLER", $"{wait}|{talk}|1"));
                break;
            case CallOutcome.SystemTimeout:
                yield return (answeredAt, Line(answeredAt, "NONE", "EXITWITHTIMEOUT", $"1|1|{wait}"));
                break;
            case CallOutcome.ExitKey:
                yield return (answeredAt, Line(answeredAt, "NONE", "EXITWITHKEY", $"1|1|1|{wait}"));
                break;
            case CallOutcome.QueueEmpty:
                yield return (answeredAt, Line(answeredAt, "NONE", "EXITEMPTY", $"1|1|{wait}"));
                break;
            default:
                yield return (answeredAt, Line(answeredAt, "NONE", "ABANDON", $"1|1|{wait}"));
                break;
        }
    }
}
