using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Findings;

[TestFixture]
public sealed partial class FindingPagesTests : PortalFixture
{
    [Test]
    public async Task An_auditor_reads_a_finding_with_its_evidence_and_confirms_it_with_a_reason()
    {
        var findingId = await AddFindingAsync("ATLAS", "SIP/1042 ended 24.8 % of answered calls within 10 s");
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        (await auditor.Client.GetStringAsync("/findings")).ShouldContain("SIP/1042 ended 24.8 %");
        var page = await auditor.Client.GetStringAsync($"/findings/{findingId}");
        page.ShouldContain("<polyline");
        var version = VersionField().Match(page).Groups[1].Value;

        var response = await auditor.PostFormAsync($"/findings/{findingId}/decision",
            new() { ["Decision"] = "confirm", ["Reason"] = "Listened to 12 calls: hangs up at the greeting.", ["Version"] = version }, $"/findings/{findingId}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var finding = await Portal.QueryAsync(db => db.Findings.SingleAsync(f => f.Id == findingId));
        finding.Status.ShouldBe(FindingStatus.Confirmed);
        finding.DecidedBy.ShouldBe(Demo.Auditor);
        finding.DecisionReason.ShouldBe("Listened to 12 calls: hangs up at the greeting.");
    }

    [Test]
    public async Task A_decision_taken_on_a_stale_page_is_refused_and_explained()
    {
        var findingId = await AddFindingAsync("CEDAR", "stale");
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var response = await auditor.PostFormAsync($"/findings/{findingId}/decision",
            new() { ["Decision"] = "dismiss", ["Reason"] = "Wrong numbers.", ["Version"] = "1" }, $"/findings/{findingId}");
        var page = await auditor.Client.GetStringAsync(response.Headers.Location!.ToString());
        page.ShouldContain("Someone decided on this finding after you opened it");
        (await Portal.QueryAsync(db => db.Findings.SingleAsync(f => f.Id == findingId))).Status.ShouldBe(FindingStatus.Open);
    }

    [Test]
    public async Task A_vendor_user_sees_a_finding_only_once_an_auditor_confirmed_it()
    {
        var findingId = await AddFindingAsync("NORTHWIND", "still being checked");
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("NORTHWIND"));
        (await vendor.GetAsync($"/findings/{findingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vendor.Client.GetStringAsync("/findings")).ShouldNotContain("still being checked");

        await ConfirmAsync(findingId);
        (await vendor.GetAsync($"/findings/{findingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await vendor.Client.GetStringAsync("/findings")).ShouldContain("still being checked");
    }

    [Test]
    public async Task A_vendor_user_reads_their_confirmed_findings_but_cannot_decide_on_them()
    {
        var findingId = await AddFindingAsync("BLUEBAY", "bunching under the cap");
        await ConfirmAsync(findingId);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("BLUEBAY"));
        (await vendor.GetAsync($"/findings/{findingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await vendor.PostFormAsync($"/findings/{findingId}/decision",
            new() { ["Decision"] = "dismiss", ["Reason"] = "Not us.", ["Version"] = "0" }, $"/findings/{findingId}");
        response.Headers.Location!.ToString().ShouldContain("/account/access-denied");
        (await Portal.QueryAsync(db => db.Findings.SingleAsync(f => f.Id == findingId))).Status.ShouldBe(FindingStatus.Confirmed);
    }

    private Task ConfirmAsync(long findingId) => Portal.QueryAsync(async db =>
    {
        (await db.Findings.SingleAsync(f => f.Id == findingId)).Confirm(Demo.Auditor, "Checked on the recordings.", DateTimeOffset.UtcNow);
        return await db.SaveChangesAsync();
    });

    private Task<long> AddFindingAsync(string vendorCode, string summary) => Portal.QueryAsync(async db =>
    {
        var vendor = await db.Vendors.SingleAsync(v => v.Code == vendorCode);
        var agent = await db.Agents.FirstAsync(a => a.VendorId == vendor.Id);
        var calls = await db.Calls.Where(c => c.AgentId == agent.Id).Select(c => c.Id).Take(5).ToListAsync();
        var finding = new Finding(vendor.Id, agent.Id, FindingKinds.AgentHangup, new Period(2026, Random.Shared.Next(1, 12)),
            new FindingStatistics(1204, 0.237, 1e-12, 1e-10),
            new FindingEvidence
            {
                Summary = summary, CallIds = calls,
                Chart = [new() { X = 0, Y = 0.01, Series = "peers" }, new() { X = 1, Y = 0.25, Series = "agent" }, new() { X = 0, Y = 0.02, Series = "agent" }],
            });
        db.Findings.Add(finding);
        await db.SaveChangesAsync();
        return finding.Id;
    });

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
