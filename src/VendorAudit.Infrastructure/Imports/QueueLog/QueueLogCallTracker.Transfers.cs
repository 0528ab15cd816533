using static VendorAudit.Infrastructure.Imports.QueueLog.QueueLogFields;

namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// Transfers end the queue call for the agent who made them. A transfer is sometimes logged under
/// the id of the agent's consult call instead of the caller's: it is then given to the one call in
/// a queue that agent is connected to (a member takes one queue call at a time), timed on that
/// call's own clock. With no such call, or several, it is rejected rather than guessed.
/// </summary>
internal sealed partial class QueueLogCallTracker
{
    // Asterisk 1.4 wrote TRANSFER without origposition, so four data fields suffice.
    private ParseItem? BlindTransfer(QueueLogFields f, long line, long epochMs, string verb)
    {
        if (CallIdError(f, verb) is { } bad) return new RejectedItem(line, bad);
        if (f.DataCount < 4) return WrongCount(f, line, verb, "exten|context|holdtime|calltime|origposition");
        if (f.ReadCount(verb, 2, "holdtime", out var holdtime) is { } badHold) return new RejectedItem(line, badHold);
        if (f.ReadCount(verb, 3, "calltime", out var calltime) is { } badCall) return new RejectedItem(line, badCall);
        var context = f.Data(1);
        var target = context.IsEmpty ? f.Data(0).ToString() : string.Concat(f.Data(0), "@", context);
        return Transfer(f, line, epochMs, verb, holdtime, calltime, target);
    }

    // method|… then holdtime|calltime|origposition: the method's own fields vary in number
    // (BRIDGE, APP, LINK), so the times are read from the end of the line.
    private ParseItem? AttendedTransfer(QueueLogFields f, long line, long epochMs)
    {
        const string verb = "ATTENDEDTRANSFER";
        if (CallIdError(f, verb) is { } bad) return new RejectedItem(line, bad);
        var count = f.DataCount;
        if (count < 5) return WrongCount(f, line, verb, "method|target…|holdtime|calltime|origposition");
        if (f.ReadCount(verb, count - 3, "holdtime", out var holdtime) is { } badHold) return new RejectedItem(line, badHold);
        if (f.ReadCount(verb, count - 2, "calltime", out var calltime) is { } badCall) return new RejectedItem(line, badCall);
        return Transfer(f, line, epochMs, verb, holdtime, calltime, f.DataRange(0, count - 4).ToString());
    }

    private ParseItem? Transfer(QueueLogFields f, long line, long epochMs, string verb, int holdtime, int calltime, string target)
    {
        if (_openById.TryGetValue(f[CallId], out var call))
        {
            if (AnsweringAgent(call, f, verb) is not { } agent) return NoAgent(f, line, verb);
            _open.Remove(call.CallId);
            _transferredOut[call.CallId] = call.Segment;
            return new CallItem(line, call.Transferred(agent, call.Agent is null ? holdtime : call.Wait, calltime, target));
        }

        var notInQueue = $"{verb} for callid '{Quote(f[CallId])}' that is not in a queue";
        if (AgentError(f, verb) is { } badAgent) return new RejectedItem(line, $"{notInQueue}, and {badAgent}");
        var agentName = f[Agent];
        OpenCall? found = null;
        var matches = 0;
        foreach (var open in _open.Values)
        {
            if (open.Agent is null || !agentName.SequenceEqual(open.Agent)) continue;
            found = open;
            matches++;
        }

        if (matches != 1)
        {
            var agentText = Quote(agentName);
            return new RejectedItem(line, matches == 0
                ? $"{notInQueue}, and no call in a queue is connected to agent '{agentText}'"
                : $"{notInQueue}, and {matches} calls in a queue are connected to agent '{agentText}': cannot tell which was transferred");
        }

        // The line's calltime is the consult call's; the caller's talk runs from its own CONNECT.
        _open.Remove(found!.CallId);
        _transferredOut[found.CallId] = found.Segment;
        return new CallItem(line, found.Transferred(found.Agent!, found.Wait, found.SecondsSinceConnect(epochMs), target));
    }
}
