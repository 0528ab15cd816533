using System.Net;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>
/// Two portal instances on one database, as behind a load balancer: the key ring lives in the database, so a session
/// cookie and an antiforgery token issued by one are accepted by the other, and refused by a portal on another database.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class SharedKeyRingTests
{
    private static readonly Uri Https = new("https://localhost");

    [Test]
    public async Task A_session_and_an_antiforgery_token_from_one_instance_work_on_the_other_and_nowhere_else()
    {
        await using var first = await Portal.StartAsync();
        await using var second = Portal.SecondInstanceOf(first);
        await using var elsewhere = await Portal.StartAsync();
        var jar = new CookieContainer(); // one browser, whose requests the load balancer spreads
        using var onFirst = new Visitor(first.CreateDefaultClient(Https, new CookieContainerHandler(jar)));
        using var onSecond = new Visitor(second.CreateDefaultClient(Https, new CookieContainerHandler(jar)));
        using var onElsewhere = new Visitor(elsewhere.CreateDefaultClient(Https, new CookieContainerHandler(jar)));

        await onFirst.SignedInAsync(Demo.Auditor);
        (await onSecond.GetAsync("/audits")).StatusCode.ShouldBe(HttpStatusCode.OK, "the first instance's session cookie");
        var token = await onFirst.TokenFromAsync("/audits");
        var logout = await onSecond.Client.PostAsync("/account/logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the first instance's antiforgery token");
        (await onFirst.GetAsync("/audits")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "signed out through the second instance");

        await onFirst.SignedInAsync(Demo.Auditor);
        var foreign = await onElsewhere.GetAsync("/audits");
        foreign.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a portal with another key ring must not accept the cookie");
        foreign.Headers.Location!.ToString().ShouldContain("/account/login");

        var stored = await first.QueryAsync(db => db.DataProtectionKeys.CountAsync());
        stored.ShouldBeGreaterThanOrEqualTo(1);
        KeyIds(first).ShouldBe(KeyIds(second), ignoreOrder: true);
        KeyIds(first).Count.ShouldBe(stored);
    }

    private static List<Guid> KeyIds(Portal portal) =>
        portal.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).ToList();
}
