using VendorAudit.Domain.Calls;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// What the detectors read of one call, and nothing more: a small value so that a month of a vendor's
/// calls fits in one array and every detector can pass over it without touching the database again.
/// </summary>
/// <param name="CallId">The stored call's id, listed as evidence.</param>
/// <param name="AgentId">The agent who took the call; null when nobody answered.</param>
/// <param name="Caller">The pseudonymised caller, <c>default</c> when the platform gave no number.</param>
/// <param name="CallbackRequested">The caller asked to be called back (queue key, web form, agent promise).</param>
/// <param name="CallbackMade">
/// The platform marks a callback as made: either on the request itself, or on the call that is the callback.
/// </param>
/// <param name="IsCallback">The call is an outbound callback placed by the vendor (Connect <c>CALLBACK</c>).</param>
public readonly record struct CallFacts(
    long CallId,
    int? AgentId,
    DateTimeOffset StartedAt,
    int Wait,
    int Talk,
    int Hold,
    int Acw,
    CallOutcome Outcome,
    EndedBy EndedBy,
    int Transfers,
    CallerKey Caller,
    bool CallbackRequested = false,
    bool CallbackMade = false,
    bool IsCallback = false)
{
    /// <summary>Handle time = talk + hold + after-call work (DOMAIN.md, KPI definitions).</summary>
    public int Handle => Talk + Hold + Acw;

    public bool WasAnswered => AgentId is not null && Outcome is CallOutcome.Answered or CallOutcome.Transferred;

    public bool WasTransferred => Outcome == CallOutcome.Transferred || Transfers > 0;

    /// <summary>A caller who dialled in, as opposed to a callback the vendor placed.</summary>
    public bool IsInbound => !IsCallback;

    /// <summary>Builds the facts from a stored call; the caller key comes from its keyed hash.</summary>
    public static CallFacts From(Call call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new CallFacts(call.Id, call.AgentId, call.StartedAt, call.WaitSeconds, call.TalkSeconds, call.HoldSeconds,
            call.AcwSeconds, call.Outcome, call.EndedBy, call.Transfers,
            call.CallerHash is { } hash ? CallerKey.FromHash(hash) : default, call.CallbackFlags);
    }

    /// <summary>Builds the facts with the callback facts as stored in one column.</summary>
    public CallFacts(long callId, int? agentId, DateTimeOffset startedAt, int wait, int talk, int hold, int acw,
        CallOutcome outcome, EndedBy endedBy, int transfers, CallerKey caller, CallbackFlags callback)
        : this(callId, agentId, startedAt, wait, talk, hold, acw, outcome, endedBy, transfers, caller,
            callback.HasFlag(CallbackFlags.Requested), callback.HasFlag(CallbackFlags.Made), callback.HasFlag(CallbackFlags.IsCallback))
    {
    }
}
