using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Security;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>
/// Every endpoint of the portal, read from its routing table: each names a role policy or sits on the anonymous
/// allowlist below; each role is let in or refused exactly as those policies say; no unsafe method runs without an
/// antiforgery token; and every answer, page or refusal, carries the security headers.
/// </summary>
[TestFixture]
public sealed partial class EndpointPolicyTests : PortalFixture
{
    /// <summary>What an anonymous visitor may reach, and why.</summary>
    private static readonly Dictionary<string, string> Anonymous = new()
    {
        ["GET account/login"] = "the way in",
        ["POST account/login"] = "the way in (antiforgery and the login rate limit still apply)",
        ["GET account/access-denied"] = "where refusals land",
        ["GET about"] = "what the product is",
        ["POST culture"] = "the language switch on the login page (antiforgery still applies)",
        ["GET error/{code:int?}"] = "the error pages, re-executed for the failures and refusals of any request",
        ["POST error/{code:int?}"] = "the same, when the failed request was a POST (it changes nothing)",
        ["GET health"] = "the load balancer's probe",
        ["HEAD health"] = "the same, for probes that send HEAD",
    };

    /// <summary>The unsafe endpoints that take no antiforgery token: only the error pages, which change nothing.</summary>
    private static readonly string[] WithoutAntiforgery = ["error/{code:int?}"];

    private static readonly string[] UnsafeMethods = ["POST", "PUT", "PATCH", "DELETE"];

    private static readonly (string Role, string Email)[] RoleUsers =
    [
        (Roles.Admin, Demo.Admin), (Roles.Auditor, Demo.Auditor), (Roles.Procurement, Demo.Procurement), (Roles.Vendor, Demo.VendorUser("ATLAS")),
    ];

    [Test]
    public void Every_endpoint_names_a_role_policy_or_is_on_the_anonymous_allowlist()
    {
        var endpoints = Endpoints();
        endpoints.Count.ShouldBeGreaterThan(40);
        var anonymous = endpoints.Where(e => e.Anonymous).SelectMany(e => e.Keys).ToList();
        anonymous.Except(Anonymous.Keys).ShouldBeEmpty("anonymous endpoints that are not on the allowlist");
        Anonymous.Keys.Except(anonymous).ShouldBeEmpty("allowlisted endpoints that are no longer anonymous");
        endpoints.Where(e => !e.Anonymous && e.Policies.Count == 0).SelectMany(e => e.Keys)
            .ShouldBeEmpty("endpoints that rely on the fallback policy alone: name the roles they serve");
    }

    [Test]
    public async Task Each_role_reaches_exactly_the_pages_its_policies_allow()
    {
        var allowed = await PolicyRolesAsync();
        var pages = Endpoints().Where(e => !e.Anonymous && e.Methods.Contains("GET") && !e.Template.Contains('{')).ToList();
        var wrong = new List<string>();
        foreach (var (role, email) in RoleUsers)
        {
            using var visitor = await Portal.Visit().SignedInAsync(email);
            foreach (var page in pages)
            {
                var response = await visitor.GetAsync("/" + page.Template);
                var expected = page.Policies.All(p => allowed[p].Contains(role));
                AssertSecurityHeaders(response, page.Template);
                // A 404 means the action ran and found nothing to show (a period without scores): the role got in.
                var outcome = IsPolicyRefusal(response) ? "refused"
                    : (int)response.StatusCode < 400 || response.StatusCode == HttpStatusCode.NotFound ? "allowed" : $"failed {(int)response.StatusCode}";
                if (outcome != (expected ? "allowed" : "refused")) wrong.Add($"{role} GET /{page.Template}: {outcome}, policies {string.Join("+", page.Policies)}");
            }
        }
        pages.Count.ShouldBeGreaterThan(15);
        wrong.ShouldBeEmpty();
    }

    [Test]
    public async Task Every_unsafe_method_is_refused_without_an_antiforgery_token()
    {
        var allowed = await PolicyRolesAsync();
        var accepted = new List<string>();
        var checkedCount = 0;
        foreach (var (role, email) in RoleUsers)
        {
            using var visitor = await Portal.Visit().SignedInAsync(email);
            // Each endpoint once, as the first role its policies let in: refused for lack of a token, not for lack of a role.
            var mine = Endpoints().Where(e => !WithoutAntiforgery.Contains(e.Template) && e.Methods.Any(UnsafeMethods.Contains)
                && e.Policies.All(p => allowed[p].Contains(role))
                && RoleUsers.First(r => e.Policies.All(p => allowed[p].Contains(r.Role))).Role == role);
            foreach (var endpoint in mine)
            foreach (var method in endpoint.Methods.Where(UnsafeMethods.Contains))
            {
                var path = "/" + ParameterPattern().Replace(endpoint.Template, "1");
                using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }) };
                var response = await visitor.Client.SendAsync(request);
                checkedCount++;
                if (response.StatusCode != HttpStatusCode.BadRequest) accepted.Add($"{role} {method} {path} → {(int)response.StatusCode}");
            }
        }
        checkedCount.ShouldBeGreaterThan(25);
        accepted.ShouldBeEmpty("unsafe requests without an antiforgery token that were not refused with 400");
    }

    [Test]
    public async Task An_anonymous_visitor_is_sent_to_sign_in_from_every_page_that_needs_a_role()
    {
        using var visitor = Portal.Visit();
        foreach (var page in Endpoints().Where(e => !e.Anonymous && e.Methods.Contains("GET")))
        {
            var response = await visitor.GetAsync("/" + ParameterPattern().Replace(page.Template, "1"));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page.Template);
            response.Headers.Location!.ToString().ShouldContain("/account/login", customMessage: page.Template);
            AssertSecurityHeaders(response, page.Template);
        }
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string page)
    {
        response.Headers.TryGetValues("Content-Security-Policy", out var csp).ShouldBeTrue($"/{page} has no CSP");
        string.Join(";", csp!).ShouldContain("frame-ancestors 'none'");
        response.Headers.TryGetValues("X-Content-Type-Options", out var sniff).ShouldBeTrue($"/{page} has no X-Content-Type-Options");
        sniff!.ShouldBe(["nosniff"]);
    }

    private static bool IsPolicyRefusal(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/access-denied"));

    /// <summary>The roles each named policy admits, read from the portal's own authorization options.</summary>
    private async Task<Dictionary<string, HashSet<string>>> PolicyRolesAsync()
    {
        var provider = Portal.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var roles = new Dictionary<string, HashSet<string>>();
        foreach (var name in Endpoints().SelectMany(e => e.Policies).Distinct())
        {
            var policy = (await provider.GetPolicyAsync(name)).ShouldNotBeNull($"policy {name} is not registered");
            roles[name] = policy.Requirements.OfType<RolesAuthorizationRequirement>().ShouldHaveSingleItem().AllowedRoles.ToHashSet();
        }
        return roles;
    }

    private IReadOnlyList<PortalEndpoint> Endpoints() =>
        Portal.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new PortalEndpoint(
                e.RoutePattern.RawText?.TrimStart('/') ?? "",
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"],
                e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList()))
            .ToList();

    private sealed record PortalEndpoint(string Template, IReadOnlyList<string> Methods, bool Anonymous, IReadOnlyList<string> Policies)
    {
        public IEnumerable<string> Keys => Methods.Select(m => $"{m} {Template}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex ParameterPattern();
}
