using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Web.Tests.Imports;

namespace VendorAudit.Browser.Tests;

[TestFixture]
public sealed class ImportJourneyTests : BrowserFixture
{
    [Test]
    public async Task A_vendor_user_uploads_a_file_watches_it_import_and_finds_its_calls()
    {
        var page = await Portal.SignedInPageAsync("northwind@vendoraudit.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Imports" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload call records" }).ClickAsync();
        await page.GetByLabel("Format").SelectOptionAsync("queue_log");
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "northwind-pbx.log", MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(ImportFiles.QueueLog(callsPerMonth: 200, seed: 41)),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();

        // The status page refreshes itself until the background import is done.
        await Assertions.Expect(page.GetByTestId("upload-status")).ToHaveTextAsync("Done", new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "See the import report" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("batch-counts")).ToContainTextAsync("imported");

        await page.GotoAsync("/calls?from=2026-11-01&to=2026-11-30");
        await Assertions.Expect(page.GetByTestId("call-count")).Not.ToHaveTextAsync("0 calls");
        await page.GetByTestId("calls").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/calls/\\d+$"));
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync("2026-11");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_auditor_filters_calls_the_agent_ended_within_ten_seconds()
    {
        var page = await Portal.SignedInPageAsync(Demo.Auditor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await page.GetByLabel("Ended by").SelectOptionAsync("Agent");
        await page.GetByLabel("Talk time").SelectOptionAsync("UnderTenSeconds");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var rows = page.GetByTestId("calls").Locator("tbody tr");
        await Assertions.Expect(rows.First).ToContainTextAsync("Agent");
        await page.GetByRole(AriaRole.Link, new() { Name = "Older calls" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("after="));
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
