using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Tests.Periods;

[TestFixture]
public sealed class PeriodTests
{
    [Test]
    public void A_period_reads_and_writes_as_year_dash_month()
    {
        var period = Period.Parse("2026-09");
        period.ShouldBe(new Period(2026, 9));
        period.ToString().ShouldBe("2026-09");
    }

    [TestCase("2026-13")]
    [TestCase("2026-9-1")]
    [TestCase("september")]
    [TestCase("")]
    public void Anything_else_is_refused_with_the_expected_format(string text)
    {
        Period.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<DomainException>(() => Period.Parse(text)).Message.ShouldContain("YYYY-MM");
    }

    [Test]
    public void A_period_spans_its_month_in_utc_and_rolls_over_the_year()
    {
        var december = new Period(2026, 12);
        december.StartUtc.ShouldBe(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        december.EndUtc.ShouldBe(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        december.Next().ShouldBe(new Period(2027, 1));
        new Period(2027, 1).Previous().ShouldBe(december);
    }

    [Test]
    public void Periods_order_chronologically()
    {
        new[] { new Period(2027, 1), new Period(2026, 11), new Period(2026, 12) }.Order()
            .ShouldBe([new Period(2026, 11), new Period(2026, 12), new Period(2027, 1)]);
    }
}
