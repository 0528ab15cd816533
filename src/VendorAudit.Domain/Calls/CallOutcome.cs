namespace VendorAudit.Domain.Calls;

/// <summary>How a call left the queue.</summary>
public enum CallOutcome : short
{
    /// <summary>Answered by an agent and ended by one side.</summary>
    Answered = 0,
    /// <summary>The caller gave up while waiting.</summary>
    Abandoned = 1,
    /// <summary>The system cut the caller off (queue timeout, flow disconnect).</summary>
    SystemTimeout = 2,
    /// <summary>The caller left the queue with a key press.</summary>
    ExitKey = 3,
    /// <summary>The queue had no agent to take the call.</summary>
    QueueEmpty = 4,
    /// <summary>Answered, then transferred elsewhere.</summary>
    Transferred = 5,
}
