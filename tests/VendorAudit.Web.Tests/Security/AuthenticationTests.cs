using System.Net;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

[TestFixture]
public sealed class AuthenticationTests : PortalFixture
{
    [Test]
    public async Task An_anonymous_visitor_is_sent_to_the_login_page()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.GetAsync("/vendors");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [TestCase(Demo.Admin, "Users")]
    [TestCase(Demo.Auditor, "Vendors")]
    [TestCase(Demo.Procurement, "Vendors")]
    [TestCase("atlas@vendoraudit.test", "My vendor")]
    public async Task Every_demo_login_works_and_shows_its_navigation(string email, string navigationItem)
    {
        using var visitor = Portal.Visit();
        (await visitor.SignInAsync(email)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var home = await visitor.GetAsync("/");
        home.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await home.Content.ReadAsStringAsync()).ShouldContain($">{navigationItem}</a>");
    }

    [Test]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.SignInAsync(Demo.Auditor, "not-the-password");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Email or password is wrong.");
    }

    [Test]
    public async Task Five_failed_logins_lock_the_account_even_for_the_right_password()
    {
        using var visitor = Portal.Visit();
        var user = Demo.VendorUser("CEDAR"); // used by no other test of this fixture
        for (var i = 0; i < 5; i++) await visitor.SignInAsync(user, "wrong-password-" + i);
        var response = await visitor.SignInAsync(user);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("locked");
    }

    [Test]
    public async Task A_post_without_an_antiforgery_token_is_refused()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Admin);
        var response = await visitor.Client.PostAsync("/vendors/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = "FORGED", ["Name"] = "Forged", ["Country"] = "Nowhere",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Portal.QueryAsync(db => Task.FromResult(db.Vendors.Any(v => v.Code == "FORGED")))).ShouldBeFalse();
    }

    [Test]
    public async Task A_login_without_an_antiforgery_token_is_refused()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.Client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = Demo.Admin, ["Password"] = Visitor.DemoPassword,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Signing_out_ends_the_session()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        (await visitor.PostFormAsync("/account/logout", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task The_session_cookie_is_http_only_secure_and_same_site()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.SignInAsync(Demo.Auditor);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vendoraudit.auth=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
    }

    [Test]
    public async Task The_antiforgery_cookie_is_http_only_secure_and_same_site()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.GetAsync("/account/login");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vendoraudit.xsrf=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
    }
}
