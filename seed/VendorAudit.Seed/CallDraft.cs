using VendorAudit.Domain.Calls;

namespace VendorAudit.Seed;

internal enum CallKind { Fresh, Repeat, Callback }

/// <summary>A call waiting to happen: a fresh arrival, a caller trying again, or a callback the vendor places.</summary>
/// <param name="Caller">The caller's index in the pool, or -1 to draw one.</param>
internal readonly record struct Pending(CallKind Kind, int Caller, string? Queue, string? PreviousId);

/// <summary>A call that one call leads to, <see cref="DelaySeconds"/> after that call started.</summary>
internal readonly record struct FollowUp(int DelaySeconds, Pending Call);

/// <summary>A call as the simulation fills it in, before it becomes a <see cref="DemoCall"/>.</summary>
internal struct CallDraft
{
    public int Wait, Talk, Hold, Acw, Holds, Ring, Transfers, NextDelay;
    public CallOutcome Outcome;
    public EndedBy EndedBy;
    public End End;
    public AgentModel? Agent;
    public string? Disposition, TransferTarget;
    public bool CallbackRequested, CallbackMade;

    /// <summary>What the call leads to, <see cref="NextDelay"/> seconds after it ends.</summary>
    public CallKind? Next;
}
