using VendorAudit.Domain.Calls;

namespace VendorAudit.Domain.Tests.Builders;

/// <summary>Builds calls with sensible defaults; each test states only what matters to it.</summary>
public sealed class CallBuilder
{
    private static int _sequence;
    private int _vendorId = 1;
    private int? _agentId = 7;
    private DateTimeOffset _startedAt = new(2026, 9, 14, 10, 0, 0, TimeSpan.Zero);
    private CallTimings _timings = new(wait: 15, talk: 180, hold: 0, acw: 30);
    private CallOutcome _outcome = CallOutcome.Answered;
    private EndedBy _endedBy = EndedBy.Caller;
    private int _transfers;

    public static CallBuilder AnAnsweredCall() => new();

    public static CallBuilder AnAbandonedCall(int wait) =>
        new CallBuilder { _agentId = null, _outcome = CallOutcome.Abandoned, _endedBy = EndedBy.Caller }.Waiting(wait).Talking(0);

    public CallBuilder Waiting(int seconds) { _timings = new CallTimings(seconds, _timings.Talk, _timings.Hold, _timings.Acw); return this; }
    public CallBuilder Talking(int seconds) { _timings = new CallTimings(_timings.Wait, seconds, _timings.Hold, _timings.Acw); return this; }
    public CallBuilder OnHold(int seconds) { _timings = new CallTimings(_timings.Wait, _timings.Talk, seconds, _timings.Acw); return this; }
    public CallBuilder WithAfterCallWork(int seconds) { _timings = new CallTimings(_timings.Wait, _timings.Talk, _timings.Hold, seconds); return this; }
    public CallBuilder EndedByTheAgent() { _endedBy = EndedBy.Agent; return this; }
    public CallBuilder Transferred(int times = 1) { _transfers = times; _outcome = CallOutcome.Transferred; return this; }
    public CallBuilder WithoutAgent() { _agentId = null; return this; }
    public CallBuilder At(DateTimeOffset startedAt) { _startedAt = startedAt; return this; }

    public Call Build() => new(_vendorId, $"call-{Interlocked.Increment(ref _sequence)}", _startedAt, _timings,
        _outcome, _endedBy, _agentId, "billing", null, _transfers);
}
