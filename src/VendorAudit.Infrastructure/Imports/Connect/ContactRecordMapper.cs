using System.Text.Json;
using VendorAudit.Domain.Calls;
using static VendorAudit.Infrastructure.Imports.Connect.ContactFields;

namespace VendorAudit.Infrastructure.Imports.Connect;

/// <summary>
/// Turns one Amazon Connect contact record into a call. Fields not listed here (Attributes,
/// Recordings, MediaStreams…) are ignored: Connect adds fields over time and old readers must not break.
/// </summary>
internal static class ContactRecordMapper
{
    // Column sizes of the calls and agents tables: a longer value could not be stored at all.
    public const int MaxIdLength = 128;
    private const int MaxAgentLength = 200;
    private const int MaxQueueLength = 80;
    private const int MaxCallerLength = 64;
    private const int MaxCodeLength = 64;

    public const string Callback = "CALLBACK";

    /// <exception cref="ContactRecordException">A field is unreadable, or the contact is not a queue call.</exception>
    public static ParsedCall Map(string contactId, JsonElement record)
    {
        _ = Time(record, "LastUpdateTimestamp", "LastUpdateTimestamp");
        var startedAt = Time(record, "InitiationTimestamp", "InitiationTimestamp")
            ?? Time(record, "ConnectedToSystemTimestamp", "ConnectedToSystemTimestamp")
            ?? throw new ContactRecordException("InitiationTimestamp missing");

        var agent = Object(record, "Agent", "Agent");
        var queue = Object(record, "Queue", "Queue");
        var timings = new CallTimings(
            wait: Seconds(queue, "Duration", "Queue.Duration"),
            talk: Seconds(agent, "AgentInteractionDuration", "Agent.AgentInteractionDuration"),
            hold: Seconds(agent, "CustomerHoldDuration", "Agent.CustomerHoldDuration"),
            acw: Seconds(agent, "AfterContactWorkDuration", "Agent.AfterContactWorkDuration"));
        var agentName = Text(agent, "Username", "Agent.Username", MaxAgentLength);
        var connected = Time(agent, "ConnectedToAgentTimestamp", "Agent.ConnectedToAgentTimestamp") is not null;
        var queueName = Text(queue, "Name", "Queue.Name", MaxQueueLength);
        var caller = Text(Object(record, "CustomerEndpoint", "CustomerEndpoint"), "Address", "CustomerEndpoint.Address", MaxCallerLength);
        var method = Text(record, "InitiationMethod", "InitiationMethod", MaxCodeLength);
        var reason = Text(record, "DisconnectReason", "DisconnectReason", MaxCodeLength);
        var previous = Text(record, "PreviousContactId", "PreviousContactId", MaxIdLength);
        var next = Text(record, "NextContactId", "NextContactId", MaxIdLength);
        var transferTarget = Text(Object(record, "TransferredToEndpoint", "TransferredToEndpoint"), "Address", "TransferredToEndpoint.Address", MaxCallerLength);
        var transferCompleted = Time(record, "TransferCompletedTimestamp", "TransferCompletedTimestamp") is not null;

        // A contact that ended in the IVR was never offered to the vendor's agents: counting it as
        // an abandon or a drop would charge the vendor for the brand's own menu.
        if (!connected && queue is null) throw new ContactRecordException("contact never reached a queue or an agent (IVR only), not a queue call");
        if (connected && agentName is null) throw new ContactRecordException("Agent.Username missing for a contact connected to an agent");

        // A new contact (NextContactId) after an agent took the call can only be a transfer; a
        // callback is requested before any agent answers.
        var transferred = connected && (transferCompleted || transferTarget is not null || next is not null);
        var outcome = connected
            ? transferred ? CallOutcome.Transferred : CallOutcome.Answered
            : Unanswered(reason, next);

        return new ParsedCall(contactId, startedAt, timings, outcome, EndedByOf(reason), agentName, queueName, caller,
            transferred ? 1 : 0,
            new CallDetails
            {
                Source = ImportFormats.ConnectCtr,
                Holds = Count(agent, "NumberOfHolds", "Agent.NumberOfHolds"),
                InitiationMethod = method,
                DisconnectReason = reason,
                // A CALLBACK contact is the callback itself, placed for PreviousContactId: it was
                // made when an agent took it. The request is marked on the earlier contact.
                CallbackMade = method == Callback && connected,
                PreviousContactId = previous,
                NextContactId = next,
                TransferTarget = transferTarget,
            });
    }

    /// <summary>
    /// Who ended the call. A third party on a conference, a supervisor barging in, or OTHER is
    /// neither the caller nor the agent of this contact, so it stays Unknown rather than guessed.
    /// </summary>
    public static EndedBy EndedByOf(string? disconnectReason) => disconnectReason switch
    {
        "CUSTOMER_DISCONNECT" => EndedBy.Caller,
        "AGENT_DISCONNECT" => EndedBy.Agent,
        "TELECOM_PROBLEM" or "CONTACT_FLOW_DISCONNECT" => EndedBy.System,
        _ => EndedBy.Unknown,
    };

    /// <summary>How a queued contact that no agent took left the queue.</summary>
    private static CallOutcome Unanswered(string? disconnectReason, string? nextContactId)
    {
        // The contact went on as another one (a queued callback the caller chose, or a move to
        // another queue): the caller was not dropped and did not give up.
        if (nextContactId is not null) return CallOutcome.ExitKey;
        return disconnectReason switch
        {
            "CONTACT_FLOW_DISCONNECT" or "TELECOM_PROBLEM" => CallOutcome.SystemTimeout,
            // CUSTOMER_DISCONNECT, and by industry usage any other unanswered end: offered, not
            // answered, not cut by the system. EndedBy stays Unknown for those, so no hang-up is invented.
            _ => CallOutcome.Abandoned,
        };
    }
}
