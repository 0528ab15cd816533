using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Tests.Detection;

/// <summary>Builds the facts of one call with ordinary defaults; each test states only what matters to it.</summary>
public sealed class CallFactsBuilder
{
    public static readonly DateTimeOffset MonthStart = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    private static long _sequence;
    private int? _agentId = 1;
    private DateTimeOffset _startedAt = MonthStart.AddDays(10).AddHours(10);
    private int _wait = 10, _talk = 180, _hold, _acw = 20, _transfers;
    private CallOutcome _outcome = CallOutcome.Answered;
    private EndedBy _endedBy = EndedBy.Caller;
    private CallerKey _caller;
    private bool _callbackRequested, _callbackMade, _isCallback;

    /// <summary>When set, the traffic generator adds an inbound call from the same caller this long after this one.</summary>
    public TimeSpan? RepeatAfter { get; private set; }

    public static CallFactsBuilder AnAnsweredCall() => new();

    public static CallFactsBuilder AnUnansweredCall(CallOutcome outcome, int wait) =>
        new() { _agentId = null, _outcome = outcome, _wait = wait, _talk = 0, _acw = 0, _endedBy = outcome == CallOutcome.SystemTimeout ? EndedBy.System : EndedBy.Caller };

    public CallFactsBuilder By(int agentId) { _agentId = agentId; return this; }
    public CallFactsBuilder At(DateTimeOffset startedAt) { _startedAt = startedAt; return this; }
    public CallFactsBuilder Waiting(int seconds) { _wait = seconds; return this; }
    public CallFactsBuilder Talking(int seconds) { _talk = seconds; return this; }
    public CallFactsBuilder OnHold(int seconds) { _hold = seconds; return this; }
    public CallFactsBuilder WithAfterCallWork(int seconds) { _acw = seconds; return this; }
    public CallFactsBuilder EndedByTheAgent() { _endedBy = EndedBy.Agent; return this; }
    public CallFactsBuilder EndedByTheCaller() { _endedBy = EndedBy.Caller; return this; }
    public CallFactsBuilder Transferred() { _outcome = CallOutcome.Transferred; _transfers = 1; _endedBy = EndedBy.Agent; return this; }
    public CallFactsBuilder From(long caller) { _caller = new CallerKey(0xCA11E5, (ulong)caller + 1); return this; }
    public CallFactsBuilder FromAnUnknownNumber() { _caller = default; return this; }
    public CallFactsBuilder RequestingACallback(bool made) { _callbackRequested = true; _callbackMade = made; return this; }
    public CallFactsBuilder AsACallbackPlaced() { _isCallback = true; _wait = 0; return this; }
    public CallFactsBuilder CalledAgainAfter(TimeSpan delay) { RepeatAfter = delay; return this; }
    public CallFactsBuilder NotCalledAgain() { RepeatAfter = null; return this; }

    /// <summary>Sets talk so that talk + hold + after-call work is exactly <paramref name="seconds"/>.</summary>
    public CallFactsBuilder Handling(int seconds)
    {
        _talk = Math.Max(0, seconds - _hold - _acw);
        _acw = seconds - _hold - _talk;
        return this;
    }

    public DateTimeOffset StartedAt => _startedAt;
    public int Wait => _wait;
    public int Talk => _talk;
    public int Handle => _talk + _hold + _acw;
    public CallerKey Caller => _caller;

    public CallFacts Build() => new(Interlocked.Increment(ref _sequence), _agentId, _startedAt, _wait, _talk, _hold, _acw,
        _outcome, _endedBy, _transfers, _caller, _callbackRequested, _callbackMade, _isCallback);
}
