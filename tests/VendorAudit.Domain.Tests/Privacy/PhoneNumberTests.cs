using VendorAudit.Domain.Privacy;

namespace VendorAudit.Domain.Tests.Privacy;

[TestFixture]
public sealed class PhoneNumberTests
{
    [TestCase("+33 6 12 34 56 78", "+33612345678")]
    [TestCase("0033612345678", "+33612345678")]
    [TestCase("06.12.34.56.78", "+33612345678")]
    [TestCase("(06) 12-34-56-78", "+33612345678")]
    [TestCase("tel:+447700900123", "+447700900123")]
    public void The_same_caller_written_many_ways_normalises_to_one_e164_number(string raw, string expected)
    {
        PhoneNumber.TryNormalise(raw, "33", out var e164).ShouldBeTrue();
        e164.ShouldBe(expected);
    }

    [TestCase("anonymous")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("12345")]
    [TestCase("+0612345678")]
    [TestCase("+33 6 12 34 56 78 99 99 99")]
    public void Anonymous_or_malformed_numbers_are_not_numbers(string? raw)
    {
        PhoneNumber.TryNormalise(raw, "33", out _).ShouldBeFalse();
    }
}
