using System.Net;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Periods;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Features;

[TestFixture]
public sealed class PortalPagesTests : PortalFixture
{
    [Test]
    public async Task The_home_page_shows_the_latest_months_real_call_count()
    {
        var expected = await Portal.QueryAsync(async db =>
        {
            var last = await db.Calls.MaxAsync(c => c.StartedAt);
            var period = Period.Of(last);
            return await db.Calls.CountAsync(c => c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
        });
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var html = await visitor.Client.GetStringAsync("/");
        html.ShouldContain($"data-testid=\"total-calls\">{expected:N0}<");
    }

    [Test]
    public async Task The_home_pages_kept_figures_are_kept_per_vendor_scope()
    {
        var names = await Portal.QueryAsync(db => db.Vendors.ToDictionaryAsync(v => v.Code, v => System.Net.WebUtility.HtmlEncode(v.Name)));
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var brand = await procurement.Client.GetStringAsync("/"); // computes and keeps the brand's figures first
        foreach (var name in names.Values) brand.ShouldContain(name);

        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        var own = await vendor.Client.GetStringAsync("/");
        own.ShouldContain(names["ATLAS"]);
        foreach (var (code, name) in names.Where(n => n.Key != "ATLAS")) own.ShouldNotContain(name, customMessage: $"{code} on ATLAS's home page");
        foreach (var name in names.Values) (await procurement.Client.GetStringAsync("/")).ShouldContain(name);
    }

    [Test]
    public async Task A_vendor_users_home_page_counts_only_their_own_calls()
    {
        var expected = await Portal.QueryAsync(async db =>
        {
            var atlas = await db.Vendors.SingleAsync(v => v.Code == "ATLAS");
            var period = Period.Of(await db.Calls.MaxAsync(c => c.StartedAt));
            return await db.Calls.CountAsync(c => c.VendorId == atlas.Id && c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
        });
        using var visitor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        (await visitor.Client.GetStringAsync("/")).ShouldContain($"data-testid=\"total-calls\">{expected:N0}<");
    }

    [Test]
    public async Task The_call_explorer_filters_by_who_ended_the_call()
    {
        var expected = await Portal.QueryAsync(db => db.Calls.CountAsync(c => c.EndedBy == EndedBy.Agent));
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var html = await visitor.Client.GetStringAsync("/calls?endedBy=Agent");
        html.ShouldContain($"data-testid=\"call-count\">{expected:N0} calls<");
    }

    [Test]
    public async Task A_malformed_period_filter_is_explained()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var html = await visitor.Client.GetStringAsync("/calls?period=2026-13");
        html.ShouldContain("Period &#x27;2026-13&#x27; is not a month like 2026-09.");
    }

    [Test]
    public async Task A_call_page_shows_who_ended_the_call()
    {
        var call = await Portal.QueryAsync(db => db.Calls.FirstAsync(c => c.EndedBy == EndedBy.Agent));
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var html = await visitor.Client.GetStringAsync($"/calls/{call.Id}");
        html.ShouldContain(call.ExternalId);
        html.ShouldContain("data-testid=\"ended-by\">Agent<");
    }

    [Test]
    public async Task Choosing_french_translates_thePortal()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var response = await visitor.PostFormAsync("/culture", new() { ["culture"] = "fr", ["returnUrl"] = "/vendors" });
        response.Headers.Location!.ToString().ShouldBe("/vendors");
        var html = await visitor.Client.GetStringAsync("/vendors");
        html.ShouldContain("<html lang=\"fr\">");
        html.ShouldContain(">Prestataires</h1>");
    }

    [Test]
    public async Task An_unknown_vendor_id_is_a_not_found_page()
    {
        using var visitor = await Portal.Visit().SignedInAsync(Demo.Admin);
        var response = await visitor.GetAsync("/vendors/999999");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("This page does not exist, or you cannot see it.");
    }

    [Test]
    public async Task The_about_page_is_open_to_anyone_and_linked_from_every_page()
    {
        using var visitor = Portal.Visit();
        var response = await visitor.GetAsync("/about");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("VendorAudit turns call records and audits into evidence");
        (await visitor.Client.GetStringAsync("/account/login")).ShouldContain("href=\"/about\"");
    }
}
