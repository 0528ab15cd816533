using System.Net;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>One address trying many accounts: past the limit it gets 429, before any password is checked.</summary>
[TestFixture]
public sealed class LoginRateLimitTests
{
    private const int Limit = 5;
    private Portal _portal = null!;

    [OneTimeSetUp]
    public async Task StartPortal() =>
        _portal = await Portal.StartAsync(new Dictionary<string, string> { ["VendorAudit:LoginAttemptsPerMinute"] = Limit.ToString() });

    [OneTimeTearDown]
    public async Task StopPortal() => await _portal.DisposeAsync();

    [Test]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_and_never_reach_the_password_check()
    {
        using var visitor = _portal.Visit();
        string[] accounts = ["ATLAS", "BLUEBAY", "CEDAR", "DUNMORE", "NORTHWIND"];
        foreach (var code in accounts)
            (await visitor.SignInAsync(Demo.VendorUser(code), "a-guess")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var guess = await visitor.SignInAsync(Demo.Admin, "another-guess");
        guess.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var refused = await visitor.SignInAsync(Demo.Admin); // the right password, but still too many attempts
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        refused.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many sign-in attempts");
        refused.Headers.Contains("Set-Cookie").ShouldBeFalse();

        (await visitor.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK, "the page itself is not limited");
        var failedCounts = await _portal.QueryAsync(db => Task.FromResult(db.Users.Where(u => u.Email == Demo.Admin).Select(u => u.AccessFailedCount).Single()));
        failedCounts.ShouldBe(0, "the refused guess must not have reached the password check");
    }
}
