using System.Text.Json.Nodes;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Imports;
using static VendorAudit.Web.Tests.Imports.Connect.ConnectRecords;

namespace VendorAudit.Web.Tests.Imports.Connect;

[TestFixture]
public sealed class ConnectCtrMappingTests
{
    [Test]
    public void An_answered_contact_becomes_a_call_with_its_timings_in_whole_seconds()
    {
        var call = Single(Answered("c-1"));

        call.ExternalId.ShouldBe("c-1");
        call.StartedAt.ShouldBe(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        call.Timings.ShouldBe(new CallTimings(wait: 43, talk: 180, hold: 20, acw: 30));
        call.Outcome.ShouldBe(CallOutcome.Answered);
        call.EndedBy.ShouldBe(EndedBy.Caller);
        call.AgentName.ShouldBe("marie.dupont");
        call.Queue.ShouldBe("Billing");
        call.CallerNumber.ShouldBe("+33612345678");
        call.Transfers.ShouldBe(0);
        call.Details.Source.ShouldBe("connect-ctr");
        call.Details.Holds.ShouldBe(2);
        call.Details.InitiationMethod.ShouldBe("INBOUND");
        call.Details.DisconnectReason.ShouldBe("CUSTOMER_DISCONNECT");
    }

    [TestCase("CUSTOMER_DISCONNECT", EndedBy.Caller)]
    [TestCase("AGENT_DISCONNECT", EndedBy.Agent)]
    [TestCase("THIRD_PARTY_DISCONNECT", EndedBy.Unknown)]
    [TestCase("TELECOM_PROBLEM", EndedBy.System)]
    [TestCase("CONTACT_FLOW_DISCONNECT", EndedBy.System)]
    [TestCase("BARGED", EndedBy.Unknown)]
    [TestCase("OTHER", EndedBy.Unknown)]
    [TestCase("SOMETHING_NEW", EndedBy.Unknown)]
    [TestCase(null, EndedBy.Unknown)]
    public void The_disconnect_reason_says_who_ended_the_call_and_is_kept_as_written(string? reason, EndedBy expected)
    {
        var call = Single(Answered().With("DisconnectReason", reason));

        call.EndedBy.ShouldBe(expected);
        call.Details.DisconnectReason.ShouldBe(reason);
    }

    [TestCase("CUSTOMER_DISCONNECT", CallOutcome.Abandoned)]
    [TestCase("CONTACT_FLOW_DISCONNECT", CallOutcome.SystemTimeout)]
    [TestCase("TELECOM_PROBLEM", CallOutcome.SystemTimeout)]
    [TestCase("OTHER", CallOutcome.Abandoned)]
    public void A_queued_contact_no_agent_took_is_an_abandon_or_a_system_drop(string reason, CallOutcome expected)
    {
        var call = Single(Unanswered("c-1", reason));

        call.Outcome.ShouldBe(expected);
        call.AgentName.ShouldBeNull();
        call.Timings.ShouldBe(new CallTimings(wait: 43, talk: 0));
    }

    [Test]
    public void A_contact_that_never_reached_a_queue_is_counted_as_rejected_not_as_an_abandon()
    {
        var ivrOnly = Unanswered("c-1", "CUSTOMER_DISCONNECT").With("Queue", null);

        Parse(Lines(ivrOnly)).ShouldHaveSingleItem().ShouldBeOfType<RejectedItem>()
            .Reason.ShouldBe("record 1: contact never reached a queue or an agent (IVR only), not a queue call");
    }

    [Test]
    public void A_queued_callback_is_requested_on_the_first_contact_and_made_by_the_callback_contact()
    {
        var original = Unanswered("c-1", "CONTACT_FLOW_DISCONNECT").With("NextContactId", "c-2");
        var callback = Answered("c-2").With("InitiationMethod", "CALLBACK").With("PreviousContactId", "c-1")
            .With("InitiationTimestamp", "2026-03-02T11:00:00Z");
        var unmade = Unanswered("c-4", "CONTACT_FLOW_DISCONNECT").With("InitiationMethod", "CALLBACK").With("PreviousContactId", "c-3");

        var calls = Parse(Lines(original, callback, unmade)).Calls();

        calls[0].Outcome.ShouldBe(CallOutcome.ExitKey);
        calls[0].Details.CallbackRequested.ShouldBeTrue();
        calls[0].Details.NextContactId.ShouldBe("c-2");
        calls[1].Outcome.ShouldBe(CallOutcome.Answered);
        calls[1].Details.CallbackMade.ShouldBeTrue();
        calls[1].Details.PreviousContactId.ShouldBe("c-1");
        calls[2].Details.InitiationMethod.ShouldBe("CALLBACK");
        calls[2].Details.CallbackMade.ShouldBeFalse();
    }

    [Test]
    public void A_contact_an_agent_passed_on_is_transferred_and_the_next_contact_knows_where_it_came_from()
    {
        var transferred = Answered("c-1").With("NextContactId", "c-2");
        var transferContact = Answered("c-2").With("InitiationMethod", "TRANSFER").With("PreviousContactId", "c-1");
        var external = Answered("c-3").With("TransferCompletedTimestamp", "2026-03-02T09:03:00Z")
            .With("TransferredToEndpoint", new JsonObject { ["Address"] = "+33199999999" });

        var calls = Parse(Lines(transferred, transferContact, external)).Calls();

        calls.Select(c => (c.Outcome, c.Transfers)).ShouldBe([
            (CallOutcome.Transferred, 1), (CallOutcome.Answered, 0), (CallOutcome.Transferred, 1)]);
        calls[1].Details.InitiationMethod.ShouldBe("TRANSFER");
        calls[1].Details.PreviousContactId.ShouldBe("c-1");
        calls[2].Details.TransferTarget.ShouldBe("+33199999999");
    }

    [Test]
    public void Fields_the_importer_does_not_know_are_ignored()
    {
        var record = Answered().With("ContactDetails", new JsonObject { ["Name"] = "x" })
            .With("Recordings", new JsonArray(new JsonObject { ["Location"] = "s3://bucket/key" }))
            .With("Tags", new JsonObject { ["a"] = 1 }).With("FutureFieldNobodyHasSeen", 42);

        Single(record).ShouldBe(Single(Answered()), new ParsedCallComparer());
    }

    [Test]
    public void A_contact_connected_to_an_agent_without_a_username_is_rejected_as_the_domain_needs_an_agent()
    {
        var record = Answered("c-1");
        ((JsonObject)record["Agent"]!).Remove("Username");

        Parse(Lines(record)).ShouldHaveSingleItem().ShouldBeOfType<RejectedItem>()
            .Reason.ShouldBe("record 1: Agent.Username missing for a contact connected to an agent");
    }

    [Test]
    public void A_negative_duration_is_rejected_naming_the_field()
    {
        var record = Answered("c-1");
        ((JsonObject)record["Queue"]!)["Duration"] = -3;

        Parse(Lines(record)).ShouldHaveSingleItem().ShouldBeOfType<RejectedItem>()
            .Reason.ShouldBe("record 1: Queue.Duration is -3, a duration cannot be negative");
    }

    /// <summary>ParsedCall holds a CallDetails class, compared here by its JSON form.</summary>
    private sealed class ParsedCallComparer : IEqualityComparer<ParsedCall>
    {
        public bool Equals(ParsedCall? x, ParsedCall? y) =>
            x! with { Details = null! } == y! with { Details = null! }
            && System.Text.Json.JsonSerializer.Serialize(x.Details) == System.Text.Json.JsonSerializer.Serialize(y.Details);

        public int GetHashCode(ParsedCall obj) => obj.ExternalId.GetHashCode();
    }
}
