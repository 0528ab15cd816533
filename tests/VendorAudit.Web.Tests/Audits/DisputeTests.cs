using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed partial class DisputeTests : PortalFixture
{
    private long _planId;

    [OneTimeSetUp]
    public async Task DrawPlan() => _planId = await AuditDesk.DrawPlanAsync(Portal, "NORTHWIND");

    [Test]
    public async Task A_vendor_disputes_an_item_the_auditor_accepts_it_and_the_score_and_trail_change_for_both()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("NORTHWIND"));
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId, new() { ["res-ownership"] = "0" });
        var before = await TotalAsync(scorecardId);

        var opened = await vendor.PostFormAsync($"/disputes/new/{scorecardId}", new()
        {
            ["Items"] = "res-ownership", ["Reason[res-ownership]"] = "The agent took the case and called back the next day (call 2 of the file).",
            ["Proposed[res-ownership]"] = "1",
        }, $"/disputes/new/{scorecardId}");
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var disputeId = long.Parse(DisputePath().Match(opened.Headers.Location!.ToString()).Groups[1].Value);
        (await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId))).Status.ShouldBe(ScorecardStatus.Disputed);

        var page = await auditor.Client.GetStringAsync($"/disputes/{disputeId}");
        var version = VersionField().Match(page).Groups[1].Value;
        var resolved = await auditor.PostFormAsync($"/disputes/{disputeId}/resolution", new()
        {
            ["Resolution[res-ownership]"] = "Accepted", ["Value[res-ownership]"] = "1", ["Comment[res-ownership]"] = "Callback confirmed in the CRM.", ["Version"] = version,
        }, $"/disputes/{disputeId}");
        resolved.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var card = await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId));
        card.Status.ShouldBe(ScorecardStatus.Final);
        card.Answers.For("res-ownership")!.Value.ShouldBe(1);
        card.Total!.Value.ShouldBeGreaterThan(before!.Value);
        foreach (var side in new[] { vendor, auditor })
        {
            var history = await side.Client.GetStringAsync($"/scorecards/{scorecardId}/history");
            history.ShouldContain("Dispute opened");
            history.ShouldContain("Dispute resolved");
            var dispute = await side.Client.GetStringAsync($"/disputes/{disputeId}");
            dispute.ShouldContain("Callback confirmed in the CRM.");
            dispute.ShouldContain("data-testid=\"dispute-outcome\"");
        }
    }

    [Test]
    public async Task A_rejected_item_keeps_its_value_and_the_scorecard_becomes_final()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("NORTHWIND"));
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId, new() { ["emp-not-rushed"] = "0" });
        var before = await TotalAsync(scorecardId);
        var opened = await vendor.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "emp-not-rushed", ["Reason[emp-not-rushed]"] = "The customer asked to be quick." }, $"/disputes/new/{scorecardId}");
        var disputeId = long.Parse(DisputePath().Match(opened.Headers.Location!.ToString()).Groups[1].Value);
        var version = VersionField().Match(await auditor.Client.GetStringAsync($"/disputes/{disputeId}")).Groups[1].Value;

        await auditor.PostFormAsync($"/disputes/{disputeId}/resolution", new()
        {
            ["Resolution[emp-not-rushed]"] = "Rejected", ["Comment[emp-not-rushed]"] = "The agent cut the customer off twice.", ["Version"] = version,
        }, $"/disputes/{disputeId}");

        var card = await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId));
        card.Status.ShouldBe(ScorecardStatus.Final);
        card.Total.ShouldBe(before);
        var second = await vendor.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "emp-not-rushed", ["Reason[emp-not-rushed]"] = "again" }, $"/scorecards/{scorecardId}");
        second.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Test]
    public async Task A_dispute_without_a_reason_is_refused_with_the_item_named()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("NORTHWIND"));
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId);

        var response = await vendor.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "lang-register" }, $"/disputes/new/{scorecardId}");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("items[lang-register]: say why you dispute it.");
        (await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId))).Status.ShouldBe(ScorecardStatus.Submitted);
    }

    [Test]
    public async Task Another_vendor_cannot_dispute_or_read_the_scorecard()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var other = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId);

        (await other.GetAsync($"/scorecards/{scorecardId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var response = await other.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "lang-register", ["Reason[lang-register]"] = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Portal.QueryAsync(db => db.Disputes.AnyAsync(d => d.ScorecardId == scorecardId))).ShouldBeFalse();
    }

    [Test]
    public async Task Auditors_cannot_open_disputes_and_vendors_cannot_answer_them()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("NORTHWIND"));
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId);

        var byAuditor = await auditor.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "lang-register", ["Reason[lang-register]"] = "x" });
        byAuditor.Headers.Location!.ToString().ShouldContain("/account/access-denied");
        var opened = await vendor.PostFormAsync($"/disputes/new/{scorecardId}", new() { ["Items"] = "lang-register", ["Reason[lang-register]"] = "x" }, $"/disputes/new/{scorecardId}");
        var disputeId = DisputePath().Match(opened.Headers.Location!.ToString()).Groups[1].Value;
        var byVendor = await vendor.PostFormAsync($"/disputes/{disputeId}/resolution", new() { ["Resolution[lang-register]"] = "Accepted", ["Value[lang-register]"] = "0", ["Comment[lang-register]"] = "x" });
        byVendor.Headers.Location!.ToString().ShouldContain("/account/access-denied");
    }

    private Task<decimal?> TotalAsync(long scorecardId) =>
        Portal.QueryAsync(db => db.Scorecards.Where(s => s.Id == scorecardId).Select(s => s.Total).SingleAsync());

    [GeneratedRegex(@"/disputes/(\d+)")]
    private static partial Regex DisputePath();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
