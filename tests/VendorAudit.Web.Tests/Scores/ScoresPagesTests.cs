using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Scores;

[TestFixture]
public sealed partial class ScoresPagesTests : ScoredPortalFixture
{
    private static readonly string[] Codes = ["NORTHWIND", "ATLAS", "BLUEBAY", "CEDAR", "DUNMORE"];

    [Test]
    public async Task Procurement_ranks_every_vendor_with_intervals_and_the_clean_vendor_first()
    {
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);

        var page = await procurement.Client.GetStringAsync("/scores?period=2026-09");

        var order = VendorRow().Matches(page).Select(m => m.Groups[1].Value).ToList();
        order.ShouldBe(Codes, ignoreOrder: true);
        order[0].ShouldBe("NORTHWIND");
        page.ShouldContain("class=\"interval\"");
        var byEmpathy = VendorRow().Matches(await procurement.Client.GetStringAsync("/scores?period=2026-09&sort=empathy&desc=false")).Select(m => m.Groups[1].Value).ToList();
        byEmpathy.ShouldNotBe(order);
    }

    [Test]
    public async Task The_vendor_page_shows_kpis_against_targets_a_trend_and_a_statement_whose_lines_point_at_evidence()
    {
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var cedar = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "CEDAR").Select(v => v.Id).SingleAsync());

        var page = WebUtility.HtmlDecode(await procurement.Client.GetStringAsync($"/scores/vendors/{cedar}?period=2026-09"));

        page.ShouldContain("data-testid=\"kpi-serviceLevel\"");
        page.ShouldContain("data-testid=\"trend\"");
        page.ShouldContain("data-testid=\"statement-total\"");
        page.ShouldContain("/findings/"); // the confirmed system drops behind the abuse malus
    }

    [Test]
    public async Task The_abusive_vendors_pay_malus_and_the_clean_one_does_not()
    {
        var amounts = await Portal.QueryAsync(db => (from s in db.VendorScores join v in db.Vendors on s.VendorId equals v.Id
                                                     where s.PeriodStart == new DateOnly(2026, 9, 1) select new { v.Code, s.BonusMalus }).ToDictionaryAsync(x => x.Code, x => x.BonusMalus));
        amounts["NORTHWIND"].ShouldBeGreaterThanOrEqualTo(0m);
        foreach (var code in Codes.Skip(1)) amounts[code].ShouldBeLessThan(0m, code);
    }

    [Test]
    public async Task A_vendor_user_sees_their_position_and_their_own_scores_only()
    {
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("BLUEBAY"));

        var page = WebUtility.HtmlDecode(await vendor.Client.GetStringAsync("/scores?period=2026-09"));

        PositionText().IsMatch(page).ShouldBeTrue(page);
        foreach (var other in Codes.Where(c => c != "BLUEBAY")) page.ShouldNotContain(other);
        var others = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code != "BLUEBAY").Select(v => new { v.Id, v.Name }).ToListAsync());
        foreach (var o in others)
        {
            page.ShouldNotContain(o.Name);
            (await vendor.GetAsync($"/scores/vendors/{o.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        (await vendor.GetAsync("/scores/compare")).Headers.Location!.ToString().ShouldContain("access-denied");
        (await vendor.GetAsync("/scores/export.csv?period=2026-09")).Headers.Location!.ToString().ShouldContain("access-denied");
    }

    [Test]
    public async Task Procurement_compares_two_vendors_side_by_side_and_exports_the_ranking_as_csv()
    {
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);
        var ids = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS" || v.Code == "CEDAR").Select(v => v.Id).ToListAsync());

        var compare = await procurement.Client.GetStringAsync($"/scores/compare?period=2026-09&vendor={ids[0]}&vendor={ids[1]}");
        compare.ShouldContain("data-testid=\"comparison\"");
        (await procurement.Client.GetStringAsync($"/scores/compare?period=2026-09&vendor={ids[0]}")).ShouldContain("Choose two to four vendors");

        var csv = await procurement.GetAsync("/scores/export.csv?period=2026-09");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Trim().Split('\n');
        lines.Length.ShouldBe(6);
        lines[0].TrimStart('\uFEFF').ShouldStartWith("period,rank,vendor");
    }

    [Test]
    public async Task Recomputing_from_the_portal_replaces_the_period_and_keeps_one_row_per_vendor()
    {
        using var procurement = await Portal.Visit().SignedInAsync(Demo.Procurement);

        var response = await procurement.PostFormAsync("/scores/recompute", new() { ["period"] = "2026-09" }, "/scores?period=2026-09");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Portal.QueryAsync(db => db.VendorScores.CountAsync(s => s.PeriodStart == new DateOnly(2026, 9, 1)))).ShouldBe(5);
    }

    [GeneratedRegex("<tr data-vendor=\"([A-Z]+)\"")]
    private static partial Regex VendorRow();

    [GeneratedRegex(@"Your position: \d+(st|nd|rd|th) of 5\.")]
    private static partial Regex PositionText();
}
