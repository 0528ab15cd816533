using VendorAudit.Domain.Calls;
using static VendorAudit.Infrastructure.Imports.QueueLog.QueueLogFields;

namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// Builds calls from their events, keyed by the caller's callid. Only calls still in progress are
/// held, so memory follows the number of simultaneous calls, not the size of the file; calls may
/// interleave freely. Events that belong to no call (logins, pauses, dialplan verbs) are ignored.
/// </summary>
internal sealed partial class QueueLogCallTracker
{
    // Column sizes of calls.external_id, calls.queue and agents.name: a longer value would fail the
    // whole import at load time, so it is refused here, on its own line.
    private const int MaxCallIdLength = 128;
    private const int MaxQueueLength = 80;
    private const int MaxAgentLength = 200;

    private readonly Dictionary<string, OpenCall> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OpenCall>.AlternateLookup<ReadOnlySpan<char>> _openById;
    private readonly NamePool _names = new();

    // Callids whose call ended in a transfer, with its segment: Asterisk keeps the callid when a
    // transfer puts the caller into another queue, and that second stay must not look like a
    // re-sent copy of the first. Only transferred calls are remembered (a few percent of calls).
    private readonly Dictionary<string, int> _transferredOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _transferredOutById;

    public QueueLogCallTracker()
    {
        _openById = _open.GetAlternateLookup<ReadOnlySpan<char>>();
        _transferredOutById = _transferredOut.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The most calls held open at once so far.</summary>
    public int HighWater { get; private set; }

    /// <summary>Applies one well-formed line; returns the call it ended, a rejection, or null.</summary>
    public ParseItem? Apply(QueueLogFields f, long line, long epochMs) => f[Event] switch
    {
        "ENTERQUEUE" => Enter(f, line, epochMs),
        "RINGNOANSWER" => Ring(f, line),
        "CONNECT" => Connect(f, line, epochMs),
        "COMPLETECALLER" => Complete(f, line, "COMPLETECALLER", EndedBy.Caller),
        "COMPLETEAGENT" => Complete(f, line, "COMPLETEAGENT", EndedBy.Agent),
        "ABANDON" => Leave(f, line, "ABANDON", CallOutcome.Abandoned, EndedBy.Caller, null),
        "EXITEMPTY" => Leave(f, line, "EXITEMPTY", CallOutcome.QueueEmpty, EndedBy.System, null),
        "EXITWITHTIMEOUT" => Leave(f, line, "EXITWITHTIMEOUT", CallOutcome.SystemTimeout, EndedBy.System, "EXITWITHTIMEOUT"),
        "EXITWITHKEY" => Leave(f, line, "EXITWITHKEY", CallOutcome.ExitKey, EndedBy.Caller, null),
        "TRANSFER" => BlindTransfer(f, line, epochMs, "TRANSFER"),
        "BLINDTRANSFER" => BlindTransfer(f, line, epochMs, "BLINDTRANSFER"),
        "ATTENDEDTRANSFER" => AttendedTransfer(f, line, epochMs),
        _ => null,
    };

    /// <summary>The calls whose end never came, in the order they entered the queue; the tracker is empty afterwards.</summary>
    public List<IncompleteItem> Unfinished()
    {
        var calls = new List<OpenCall>(_open.Values);
        calls.Sort((a, b) => a.EnteredAtLine.CompareTo(b.EnteredAtLine));
        _open.Clear();
        return calls.ConvertAll(c => new IncompleteItem(c.EnteredAtLine, c.ExternalId, c.Agent is null
            ? $"no end event (entered the queue at line {c.EnteredAtLine}, never answered)"
            : $"no end event (entered the queue at line {c.EnteredAtLine}, answered by {c.Agent} at line {c.ConnectedAtLine})"));
    }

    // Asterisk 1.4 wrote ENTERQUEUE without position; 1.8 added it, so two data fields suffice.
    private ParseItem? Enter(QueueLogFields f, long line, long epochMs)
    {
        if (CallIdError(f, "ENTERQUEUE") is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < 2) return WrongCount(f, line, "ENTERQUEUE", "url|callerid|position");
        if (_openById.TryGetValue(f[CallId], out var open))
            return new RejectedItem(line, $"ENTERQUEUE for callid '{open.CallId}', already in the queue since line {open.EnteredAtLine}");
        var queue = f[Queue];
        if (queue.Length > MaxQueueLength)
            return new RejectedItem(line, $"field 3 (queue) is {queue.Length} characters long, over {MaxQueueLength}");
        var position = 0;
        if (f.DataCount >= 3 && !f.Data(2).IsEmpty && f.ReadCount("ENTERQUEUE", 2, "position", out position) is { } badPosition)
            return new RejectedItem(line, badPosition);

        var caller = f.Data(1);
        var segment = _transferredOutById.TryGetValue(f[CallId], out var previous) ? previous + 1 : 1;
        var call = new OpenCall(f[CallId].ToString(), line, epochMs, queue.IsEmpty ? null : _names.Get(queue),
            caller.IsEmpty ? null : caller.ToString(), position, segment);
        _open.Add(call.CallId, call);
        if (_open.Count > HighWater) HighWater = _open.Count;
        return null;
    }

    private ParseItem? Ring(QueueLogFields f, long line)
    {
        if (CallIdError(f, "RINGNOANSWER") is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < 1) return WrongCount(f, line, "RINGNOANSWER", "milliseconds rung");
        if (f.ReadCount("RINGNOANSWER", 0, "milliseconds rung", out var ms) is { } badMs) return new RejectedItem(line, badMs);
        if (!_openById.TryGetValue(f[CallId], out var call)) return NotInQueue(f, line, "RINGNOANSWER");
        call.RingMilliseconds += ms;
        return null;
    }

    // Asterisk 1.4 wrote CONNECT without ringtime, so it is read when present.
    private ParseItem? Connect(QueueLogFields f, long line, long epochMs)
    {
        if (CallIdError(f, "CONNECT") is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < 2) return WrongCount(f, line, "CONNECT", "holdtime|member-uniqueid|ringtime");
        if (AgentError(f, "CONNECT") is { } badAgent) return new RejectedItem(line, badAgent);
        if (f.ReadCount("CONNECT", 0, "holdtime", out var holdtime) is { } badHold) return new RejectedItem(line, badHold);
        var ringtime = 0;
        if (f.DataCount >= 3 && !f.Data(2).IsEmpty && f.ReadCount("CONNECT", 2, "ringtime", out ringtime) is { } badRing)
            return new RejectedItem(line, badRing);
        if (!_openById.TryGetValue(f[CallId], out var call)) return NotInQueue(f, line, "CONNECT");
        if (call.Agent is not null)
            return new RejectedItem(line, $"CONNECT for callid '{call.CallId}', already answered by {call.Agent} at line {call.ConnectedAtLine}");
        call.Connect(_names.Get(f[Agent]), holdtime, epochMs, line);
        call.RingMilliseconds += ringtime * 1000L;
        return null;
    }

    private ParseItem? Complete(QueueLogFields f, long line, string verb, EndedBy endedBy)
    {
        if (CallIdError(f, verb) is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < 3) return WrongCount(f, line, verb, "holdtime|calltime|origposition");
        if (f.ReadCount(verb, 0, "holdtime", out var holdtime) is { } badHold) return new RejectedItem(line, badHold);
        if (f.ReadCount(verb, 1, "calltime", out var calltime) is { } badCall) return new RejectedItem(line, badCall);
        if (!_openById.TryGetValue(f[CallId], out var call)) return NotInQueue(f, line, verb);
        if (AnsweringAgent(call, f, verb) is not { } agent) return NoAgent(f, line, verb);
        _open.Remove(call.CallId);
        return new CallItem(line, call.Answered(agent, call.Agent is null ? holdtime : call.Wait, calltime, endedBy));
    }

    // ABANDON, EXITEMPTY and EXITWITHTIMEOUT carry position|origposition|waittime; EXITWITHKEY puts the key first.
    private ParseItem? Leave(QueueLogFields f, long line, string verb, CallOutcome outcome, EndedBy endedBy, string? reason)
    {
        var keyed = outcome == CallOutcome.ExitKey;
        if (CallIdError(f, verb) is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < (keyed ? 4 : 3))
            return WrongCount(f, line, verb, keyed ? "key|position|origposition|waittime" : "position|origposition|waittime");
        if (f.ReadCount(verb, keyed ? 3 : 2, "waittime", out var wait) is { } badWait) return new RejectedItem(line, badWait);
        if (!_openById.TryGetValue(f[CallId], out var call)) return NotInQueue(f, line, verb);
        _open.Remove(call.CallId);
        return new CallItem(line, call.Unanswered(outcome, endedBy, wait, reason));
    }

    /// <summary>The member who answered: from the CONNECT, else (end logged before its CONNECT) from the line's own agent field.</summary>
    private static string? AnsweringAgent(OpenCall call, QueueLogFields f, string verb) =>
        call.Agent ?? (AgentError(f, verb) is null ? f[Agent].ToString() : null);

    private static string? CallIdError(QueueLogFields f, string verb)
    {
        var id = f[CallId];
        if (id.IsEmpty) return "field 2 (callid) is empty";
        if (id is "NULL" or "NONE") return $"field 2 (callid) is '{id}', but {verb} belongs to a call";
        return id.Length > MaxCallIdLength ? $"field 2 (callid) is {id.Length} characters long, over {MaxCallIdLength}" : null;
    }

    private static string? AgentError(QueueLogFields f, string verb)
    {
        var agent = f[Agent];
        if (agent.IsEmpty) return "field 4 (agent) is empty";
        if (agent is "NONE") return $"field 4 (agent) is 'NONE', but {verb} names the member on the call";
        return agent.Length > MaxAgentLength ? $"field 4 (agent) is {agent.Length} characters long, over {MaxAgentLength}" : null;
    }

    private static RejectedItem WrongCount(QueueLogFields f, long line, string verb, string layout) =>
        new(line, $"{verb}: expected {layout}, got {Plural(f.DataCount, "data field")}");

    private static RejectedItem NotInQueue(QueueLogFields f, long line, string verb) =>
        new(line, $"{verb} for callid '{Quote(f[CallId])}' that is not in a queue (no ENTERQUEUE before it, or the call already ended)");

    private static RejectedItem NoAgent(QueueLogFields f, long line, string verb) =>
        new(line, $"{verb} for callid '{Quote(f[CallId])}' before any CONNECT, and {AgentError(f, verb)}: an answered call needs its agent");
}
