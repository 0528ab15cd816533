namespace VendorAudit.Seed;

/// <summary>How a call left, before it is written in a platform's own words.</summary>
internal enum End { Caller, Agent, Abandon, Timeout, Key, Transfer }

/// <summary>The words platforms and vendors use for queues, dispositions, transfer targets and disconnects.</summary>
internal static class CallTexts
{
    private static readonly string[] Billing = ["invoice-explained", "refund-requested", "payment-arranged", "resolved"];
    private static readonly string[] Delivery = ["delivery-rescheduled", "parcel-traced", "claim-opened", "resolved"];
    private static readonly string[] Cancellation = ["cancellation-processed", "retention-accepted", "retention-declined"];
    private static readonly string[] Technical = ["troubleshooting-done", "technician-booked", "ticket-escalated", "resolved"];
    private static readonly string[] General = ["information-given", "redirected"];

    /// <summary>Talk time relative to the vendor's median: technical calls run long, the switchboard short.</summary>
    public static double TalkFactor(string queue) => queue switch
    {
        "billing" => 1.0,
        "delivery" => 0.85,
        "cancellation" => 1.15,
        "technical" => 1.35,
        _ => 0.7,
    };

    public static IReadOnlyList<string> Dispositions(string queue) => queue switch
    {
        "billing" => Billing,
        "delivery" => Delivery,
        "cancellation" => Cancellation,
        "technical" => Technical,
        _ => General,
    };

    public static string TransferTarget(string queue) => queue switch
    {
        "billing" => "billing-back-office",
        "delivery" => "carrier-desk",
        "cancellation" => "retention-team",
        "technical" => "technical-level-2",
        _ => "switchboard",
    };

    /// <summary>The disconnect reason as the platform writes it: queue_log verbs or Amazon Connect's DisconnectReason.</summary>
    public static string DisconnectReason(Platform platform, End end) => (platform, end) switch
    {
        (Platform.QueueLog, End.Caller) => "COMPLETECALLER",
        (Platform.QueueLog, End.Agent) => "COMPLETEAGENT",
        (Platform.QueueLog, End.Abandon) => "ABANDON",
        (Platform.QueueLog, End.Timeout) => "EXITWITHTIMEOUT",
        (Platform.QueueLog, End.Key) => "EXITWITHKEY",
        (Platform.QueueLog, End.Transfer) => "BLINDTRANSFER",
        (Platform.Connect, End.Agent or End.Transfer) => "AGENT_DISCONNECT",
        (Platform.Connect, End.Timeout) => "CONTACT_FLOW_DISCONNECT",
        (Platform.Connect, _) => "CUSTOMER_DISCONNECT",
        _ => throw new ArgumentOutOfRangeException(nameof(platform)),
    };
}
