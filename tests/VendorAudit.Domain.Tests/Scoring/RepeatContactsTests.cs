using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class RepeatContactsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CallerKey A = new(0, 1), B = new(0, 2), C = new(0, 3);

    // A: answered at 0 h, called again at 71 h (answered) → repeat; the 71 h call has nothing after it.
    // B: answered at 0 h, again at 73 h → outside the 72 h window; the 73 h call has nothing after it.
    // C: unanswered at 0 h, answered at 1 h, tried again at 2 h (unanswered) → the 1 h call is a repeat.
    // An unknown caller's answered call counts nowhere.
    private static readonly InboundCall[] Calls =
    [
        new(B, T0.AddHours(73), true), new(A, T0, true), new(C, T0.AddHours(2), false), new(A, T0.AddHours(71), true),
        new(C, T0, false), new(B, T0, true), new(C, T0.AddHours(1), true), new(default, T0, true),
    ];

    [Test]
    public void The_rate_is_the_share_of_answered_calls_followed_by_another_within_72_hours()
    {
        // answered from known callers: A 2, B 2, C 1 = 5; followed within 72 h: A at 0 h, C at 1 h = 2; 2 / 5 = 0.4
        RepeatContacts.Rate(Calls).ShouldBe(0.4);
    }

    [Test]
    public void Calls_after_the_period_only_serve_as_the_next_call()
    {
        // period ends at 72 h: B's 73 h call leaves the base (4 answered), repeats stay 2; 2 / 4 = 0.5
        RepeatContacts.Rate(Calls, answeredBefore: T0.AddHours(72)).ShouldBe(0.5);
    }

    [Test]
    public void A_shorter_window_counts_fewer_repeats_and_no_answered_call_gives_no_rate()
    {
        // 24 h: A's 71 h gap no longer counts; C's 1 h gap does; 1 / 5 = 0.2
        RepeatContacts.Rate(Calls, TimeSpan.FromHours(24)).ShouldBe(0.2);
        RepeatContacts.Rate([new InboundCall(A, T0, false)]).ShouldBeNull();
    }
}
