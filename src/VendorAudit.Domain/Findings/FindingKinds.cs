namespace VendorAudit.Domain.Findings;

/// <summary>The stable ids of the abuses of DOMAIN.md; stored and exported, so never renamed.</summary>
public static class FindingKinds
{
    public const string AgentHangup = "agent-hangup";
    public const string QueueDumping = "queue-dumping";
    public const string HandleTimeGaming = "handle-time-gaming";
    public const string TransferDeflection = "transfer-deflection";
    public const string SystemDrop = "system-drop";
    public const string CallbackNotHonored = "callback-not-honored";

    public static readonly IReadOnlyList<string> All =
        [AgentHangup, QueueDumping, HandleTimeGaming, TransferDeflection, SystemDrop, CallbackNotHonored];
}
