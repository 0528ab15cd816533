using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Tests.Builders;

namespace VendorAudit.Domain.Tests.Calls;

[TestFixture]
public sealed class CallTranscriptTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 10, 7, 14, 0, 0, TimeSpan.Zero);

    private static TranscriptTurn Turn(int at, string speaker, string text) => new() { AtSeconds = at, Speaker = speaker, Text = text };

    [Test]
    public void Turns_are_kept_in_the_order_they_were_said()
    {
        var call = CallBuilder.AnAnsweredCall().Build();

        var transcript = new CallTranscript(call,
            [Turn(12, "customer", "My parcel never came."), Turn(0, "agent", "Hello, how can I help?"), Turn(12, "agent", "I am sorry."), Turn(5, "customer", "Hi.")],
            "auditor-1", ImportedAt);

        transcript.Turns.Select(t => (t.AtSeconds, t.Speaker)).ShouldBe([(0, "agent"), (5, "customer"), (12, "customer"), (12, "agent")]);
        transcript.VendorId.ShouldBe(call.VendorId);
        transcript.CallId.ShouldBe(call.Id);
        transcript.ImportedBy.ShouldBe("auditor-1");
        transcript.ImportedAt.ShouldBe(ImportedAt);
    }

    [Test]
    public void A_transcript_without_turns_is_refused()
    {
        Should.Throw<DomainException>(() => new CallTranscript(CallBuilder.AnAnsweredCall().Build(), [], "auditor-1", ImportedAt))
            .Message.ShouldContain("at least one turn");
    }

    [Test]
    public void A_new_upload_replaces_the_turns_and_who_imported_them()
    {
        var transcript = new CallTranscript(CallBuilder.AnAnsweredCall().Build(), [Turn(0, "agent", "Hello.")], "auditor-1", ImportedAt);

        transcript.Replace([Turn(9, "customer", "Bye."), Turn(2, "agent", "Good morning.")], "auditor-2", ImportedAt.AddDays(1));

        transcript.Turns.Select(t => t.Text).ShouldBe(["Good morning.", "Bye."]);
        transcript.ImportedBy.ShouldBe("auditor-2");
        transcript.ImportedAt.ShouldBe(ImportedAt.AddDays(1));
    }

    [Test]
    public void Replacing_the_turns_with_none_is_refused_and_keeps_the_transcript()
    {
        var transcript = new CallTranscript(CallBuilder.AnAnsweredCall().Build(), [Turn(0, "agent", "Hello.")], "auditor-1", ImportedAt);

        Should.Throw<DomainException>(() => transcript.Replace([], "auditor-2", ImportedAt.AddDays(1))).Message.ShouldContain("at least one turn");

        transcript.Turns.ShouldHaveSingleItem().Text.ShouldBe("Hello.");
        transcript.ImportedBy.ShouldBe("auditor-1");
    }
}
