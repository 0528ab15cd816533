using VendorAudit.Domain.Calls;

namespace VendorAudit.Infrastructure.Imports.QueueLog;

/// <summary>
/// What is known of one call between its ENTERQUEUE and its end event. queue_log has no hold or
/// after-call-work split, so those stay 0 and handle time is the calltime (DOMAIN.md, KPI definitions).
/// </summary>
internal sealed class OpenCall(string callId, long enteredAtLine, long startedAtMs, string? queue, string? caller, int position, int segment = 1)
{
    public const string Source = "queue_log";

    public string CallId { get; } = callId;

    /// <summary>1 for a caller's first time in a queue; 2, 3… when a transfer put the same callid into another queue.</summary>
    public int Segment { get; } = segment;

    /// <summary>The callid, suffixed for later segments so that each stay in a queue is its own call.</summary>
    public string ExternalId => Segment == 1 ? CallId : $"{CallId}#{Segment}";
    public long EnteredAtLine { get; } = enteredAtLine;
    public long StartedAtMs { get; } = startedAtMs;

    /// <summary>Every ring logged for the call: unanswered ones (RINGNOANSWER, ms) and the answering one (CONNECT ringtime, s).</summary>
    public long RingMilliseconds { get; set; }

    /// <summary>The member who answered, exactly as the file names it; null until CONNECT.</summary>
    public string? Agent { get; private set; }

    public int Wait { get; private set; }
    public long ConnectedAtMs { get; private set; }
    public long ConnectedAtLine { get; private set; }

    public void Connect(string agent, int wait, long atMs, long atLine)
    {
        Agent = agent;
        Wait = wait;
        ConnectedAtMs = atMs;
        ConnectedAtLine = atLine;
    }

    public ParsedCall Answered(string agent, int wait, int talk, EndedBy endedBy) =>
        Build(new CallTimings(wait, talk), CallOutcome.Answered, endedBy, agent, 0, Details());

    /// <summary>
    /// A transfer ends the call for this vendor's agent. Who ended it stays Unknown: the agent passed
    /// the caller on rather than hanging up, and the caller did not leave, so calling it either would
    /// feed false evidence to the hang-up detectors (EndedBy keeps "unknown" rather than guessing).
    /// </summary>
    public ParsedCall Transferred(string agent, int wait, int talk, string target)
    {
        var details = Details();
        details.TransferTarget = target;
        return Build(new CallTimings(wait, talk), CallOutcome.Transferred, EndedBy.Unknown, agent, 1, details);
    }

    /// <summary>Left the queue unanswered: no agent is named even if one was rung.</summary>
    public ParsedCall Unanswered(CallOutcome outcome, EndedBy endedBy, int wait, string? disconnectReason)
    {
        var details = Details();
        details.DisconnectReason = disconnectReason;
        return Build(new CallTimings(wait, 0), outcome, endedBy, null, 0, details);
    }

    /// <summary>Whole seconds between the CONNECT and <paramref name="atMs"/>; 0 when the lines are out of order.</summary>
    public int SecondsSinceConnect(long atMs) =>
        (int)Math.Clamp((atMs - ConnectedAtMs + 500) / 1000, 0, int.MaxValue);

    private CallDetails Details() => new()
    {
        Source = Source,
        RingSeconds = (int)Math.Min((RingMilliseconds + 500) / 1000, int.MaxValue),
        QueuePosition = position,
    };

    private ParsedCall Build(CallTimings timings, CallOutcome outcome, EndedBy endedBy, string? agent, int transfers, CallDetails details) =>
        new(ExternalId, DateTimeOffset.FromUnixTimeMilliseconds(StartedAtMs), timings, outcome, endedBy, agent, queue, caller,
            transfers, details);
}
