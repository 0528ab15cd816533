using System.Net;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

[TestFixture]
public sealed class SecurityHeadersTests : PortalFixture
{
    [TestCase("/account/login", HttpStatusCode.OK)]
    [TestCase("/no-such-page", HttpStatusCode.NotFound)]
    [TestCase("/vendors", HttpStatusCode.OK)]
    public async Task Pages_and_errors_carry_the_security_headers(string path, HttpStatusCode expected)
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var response = await visitor.GetAsync(path);
        response.StatusCode.ShouldBe(expected);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Test]
    public async Task Pages_have_no_inline_script_or_style()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Admin);
        foreach (var path in new[] { "/", "/vendors", "/calls", "/admin/users" })
        {
            var html = await visitor.Client.GetStringAsync(path);
            html.ShouldNotContain("<script>");
            html.ShouldNotContain("style=\"");
            html.ShouldNotContain("onclick=");
        }
    }

    [Test]
    public async Task The_health_check_answers_anonymously()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.GetAsync("/health");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
