using VendorAudit.Domain.Calibration;

namespace VendorAudit.Domain.Tests.Calibration;

[TestFixture]
public sealed class CalibrationSessionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);

    private static CalibrationSession ASession(string name = "October calibration", IReadOnlyCollection<long>? calls = null,
        IReadOnlyCollection<string>? auditors = null) =>
        new(name, "hotline-quality", 1, calls ?? [11, 12, 13], auditors ?? ["auditor-a", "auditor-b"], "lead-auditor", Monday);

    [Test]
    public void A_new_session_is_open_with_its_name_trimmed()
    {
        var session = ASession("  October calibration  ");

        session.Name.ShouldBe("October calibration");
        session.Status.ShouldBe(CalibrationStatus.Open);
        session.ClosedAt.ShouldBeNull();
        (session.TemplateCode, session.TemplateVersion).ShouldBe(("hotline-quality", 1));
        session.CreatedBy.ShouldBe("lead-auditor");
        session.CreatedAt.ShouldBe(Monday);
    }

    [TestCase("")]
    [TestCase("   ")]
    public void A_session_needs_a_name(string name)
    {
        Should.Throw<DomainException>(() => ASession(name));
    }

    [Test]
    public void A_session_has_one_to_fifty_calls()
    {
        Should.Throw<DomainException>(() => ASession(calls: [])).Message.ShouldContain("1 to 50");
        Should.Throw<DomainException>(() => ASession(calls: Calls(51))).Message.ShouldContain("1 to 50");
        ASession(calls: [7]).CallIds.ShouldBe([7L]);
        ASession(calls: Calls(50)).CallIds.Count.ShouldBe(50);
    }

    [Test]
    public void Call_ids_are_deduplicated_and_sorted()
    {
        ASession(calls: [13, 11, 12, 11, 13]).CallIds.ShouldBe([11L, 12L, 13L]);
    }

    [Test]
    public void Fifty_calls_named_more_than_once_make_a_session_of_fifty_calls()
    {
        var session = ASession(calls: [.. Calls(50), .. Calls(10)]);

        session.CallIds.Count.ShouldBe(50);
        session.CallIds.ShouldBe(Calls(50));
    }

    [Test]
    public void A_session_needs_at_least_two_distinct_auditors()
    {
        Should.Throw<DomainException>(() => ASession(auditors: ["auditor-a"])).Message.ShouldContain("two auditors");
        Should.Throw<DomainException>(() => ASession(auditors: ["auditor-a", "auditor-a"])).Message.ShouldContain("two auditors");
        Should.Throw<DomainException>(() => ASession(auditors: [])).Message.ShouldContain("two auditors");
    }

    [Test]
    public void Auditors_are_deduplicated_and_sorted_and_only_they_are_included()
    {
        var session = ASession(auditors: ["auditor-c", "auditor-a", "auditor-c", "Auditor-b"]);

        session.Auditors.ShouldBe(["Auditor-b", "auditor-a", "auditor-c"]);
        session.Includes("auditor-a").ShouldBeTrue();
        session.Includes("auditor-z").ShouldBeFalse();
    }

    [Test]
    public void Closing_a_session_records_when_and_a_second_close_is_refused()
    {
        var session = ASession();

        session.Close(Monday.AddDays(4));

        session.Status.ShouldBe(CalibrationStatus.Closed);
        session.ClosedAt.ShouldBe(Monday.AddDays(4));
        Should.Throw<DomainException>(() => session.Close(Monday.AddDays(5))).Message.ShouldContain("already closed");
        session.ClosedAt.ShouldBe(Monday.AddDays(4));
    }

    private static List<long> Calls(int count) => Enumerable.Range(1, count).Select(i => (long)i).ToList();
}
