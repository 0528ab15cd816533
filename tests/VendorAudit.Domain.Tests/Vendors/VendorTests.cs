using VendorAudit.Domain.Vendors;

namespace VendorAudit.Domain.Tests.Vendors;

[TestFixture]
public sealed class VendorTests
{
    [Test]
    public void A_vendor_code_is_trimmed_and_upper_cased()
    {
        new Vendor("  atlas-2 ", "Atlas", "Morocco").Code.ShouldBe("ATLAS-2");
    }

    [TestCase("A")]
    [TestCase("-ATLAS")]
    [TestCase("ATLAS CONTACT")]
    [TestCase("ABCDEFGHIJKLMNOPQ")]
    public void A_code_that_cannot_live_in_a_url_or_file_name_is_refused(string code)
    {
        Should.Throw<DomainException>(() => new Vendor(code, "Atlas", "Morocco")).Message.ShouldContain("Vendor code");
    }

    [Test]
    public void A_vendor_needs_a_name_and_a_country()
    {
        Should.Throw<DomainException>(() => new Vendor("ATLAS", " ", "Morocco")).Message.ShouldContain("name");
        Should.Throw<DomainException>(() => new Vendor("ATLAS", "Atlas", "")).Message.ShouldContain("country");
    }

    [Test]
    public void An_agent_keeps_the_telephony_name_exactly_and_shows_a_readable_label()
    {
        var agent = new Agent(1, "Local/1001@agents/n", "Nadia Benali", "Billing");
        agent.Name.ShouldBe("Local/1001@agents/n");
        agent.Label.ShouldBe("Nadia Benali (Local/1001@agents/n)");
        new Agent(1, "SIP/1002").Label.ShouldBe("SIP/1002");
    }
}
