namespace VendorAudit.Domain.Calls;

/// <summary>
/// One customer interaction handled by one vendor. Durations are whole seconds; the caller is known
/// only by a keyed hash of the normalised number, enough to see repeat contacts and nothing more.
/// </summary>
public sealed class Call
{
    private Call() { }

    public Call(int vendorId, string externalId, DateTimeOffset startedAt, CallTimings timings,
        CallOutcome outcome, EndedBy endedBy, int? agentId = null, string? queue = null,
        byte[]? callerHash = null, int transfers = 0, CallDetails? details = null)
    {
        if (string.IsNullOrWhiteSpace(externalId)) throw new DomainException("A call needs the id its platform gave it.");
        if (transfers < 0) throw new DomainException("Transfers cannot be negative.");
        if (outcome is CallOutcome.Answered or CallOutcome.Transferred && agentId is null)
            throw new DomainException($"Answered call '{externalId}' has no agent.");
        VendorId = vendorId;
        ExternalId = externalId;
        StartedAt = startedAt.ToUniversalTime();
        WaitSeconds = timings.Wait;
        TalkSeconds = timings.Talk;
        HoldSeconds = timings.Hold;
        AcwSeconds = timings.Acw;
        Outcome = outcome;
        EndedBy = endedBy;
        AgentId = agentId;
        Queue = queue;
        CallerHash = callerHash;
        Transfers = transfers;
        Details = details ?? new CallDetails();
        CallbackFlags = CallbackFlagsOf.Details(Details);
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public int? AgentId { get; private set; }
    public string ExternalId { get; private set; } = "";
    public string? Queue { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public int WaitSeconds { get; private set; }
    public int TalkSeconds { get; private set; }
    public int HoldSeconds { get; private set; }
    public int AcwSeconds { get; private set; }
    public CallOutcome Outcome { get; private set; }
    public EndedBy EndedBy { get; private set; }
    public int Transfers { get; private set; }
    public byte[]? CallerHash { get; private set; }
    public long? ImportBatchId { get; private set; }
    public CallDetails Details { get; private set; } = new();

    /// <summary>The callback facts of <see cref="Details"/>, as a column of their own for detection's reads.</summary>
    public CallbackFlags CallbackFlags { get; private set; }

    public bool WasAnswered => Outcome is CallOutcome.Answered or CallOutcome.Transferred;

    /// <summary>Handle time = talk + hold + after-call work (DOMAIN.md, KPI definitions).</summary>
    public int HandleSeconds => TalkSeconds + HoldSeconds + AcwSeconds;

    public DateTimeOffset EndedAt => StartedAt.AddSeconds(WaitSeconds + TalkSeconds + HoldSeconds);
}

/// <summary>The durations of a call, validated together.</summary>
public readonly record struct CallTimings
{
    public CallTimings(int wait, int talk, int hold = 0, int acw = 0)
    {
        if (wait < 0 || talk < 0 || hold < 0 || acw < 0) throw new DomainException("Call durations cannot be negative.");
        Wait = wait; Talk = talk; Hold = hold; Acw = acw;
    }

    public int Wait { get; }
    public int Talk { get; }
    public int Hold { get; }
    public int Acw { get; }
}
