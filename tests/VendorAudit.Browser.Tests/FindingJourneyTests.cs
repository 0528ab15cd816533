using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

[TestFixture]
public sealed class FindingJourneyTests : BrowserFixture
{
    [Test]
    public async Task An_auditor_sees_why_a_finding_was_raised_and_confirms_it_then_the_vendor_sees_it()
    {
        await AddFindingAsync("CEDAR", "Local/3080@agents/n released 9.4 % of long-wait calls within 3 s (peers 0.3 %).");
        var page = await Portal.SignedInPageAsync(Demo.Auditor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Findings" }).ClickAsync();
        await page.GetByLabel("Status").SelectOptionAsync("Open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.GetByTestId("findings").GetByRole(AriaRole.Link, new() { Name = "Queue dumping" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("finding-summary")).ToContainTextAsync("released 9.4 % of long-wait calls");
        await Assertions.Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("supporting-calls").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await page.GetByLabel("Reason (what you listened to, what you saw)").FillAsync("Listened to 8 calls: released at the greeting after long waits.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("finding-status")).ToHaveTextAsync("Confirmed");
        await page.Context.CloseAsync();

        var vendor = await Portal.SignedInPageAsync("cedar@vendoraudit.test");
        await vendor.GetByRole(AriaRole.Link, new() { Name = "Findings" }).ClickAsync();
        await Assertions.Expect(vendor.GetByTestId("findings")).ToContainTextAsync("released 9.4 %");
        await vendor.Context.CloseAsync();
    }

    private Task AddFindingAsync(string vendorCode, string summary) => Portal.QueryAsync(async db =>
    {
        var vendor = await db.Vendors.SingleAsync(v => v.Code == vendorCode);
        var agent = await db.Agents.FirstAsync(a => a.VendorId == vendor.Id);
        var calls = await db.Calls.Where(c => c.AgentId == agent.Id).Select(c => c.Id).Take(8).ToListAsync();
        db.Findings.Add(new Finding(vendor.Id, agent.Id, FindingKinds.QueueDumping, new Period(2026, 10),
            new FindingStatistics(480, 0.091, 1e-9, 1e-7),
            new FindingEvidence
            {
                Summary = summary, CallIds = calls,
                Chart = [new() { X = 60, Y = 0.02, Series = "agent" }, new() { X = 300, Y = 0.12, Series = "agent" },
                         new() { X = 60, Y = 0.002, Series = "peers" }, new() { X = 300, Y = 0.004, Series = "peers" }],
            }));
        return await db.SaveChangesAsync();
    });
}
