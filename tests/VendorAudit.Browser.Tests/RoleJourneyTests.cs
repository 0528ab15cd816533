using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

[TestFixture]
public sealed class RoleJourneyTests : BrowserFixture
{
    [TestCase(Demo.Admin, new[] { "Home", "Vendors", "Calls", "Findings", "Work queue", "Scores", "Reports", "Scorecards", "Disputes", "Calibration", "Templates", "Imports", "Users", "Jobs" })]
    [TestCase(Demo.Auditor, new[] { "Home", "Vendors", "Calls", "Findings", "Work queue", "Scores", "Reports", "Scorecards", "Disputes", "Calibration", "Templates", "Imports" })]
    [TestCase(Demo.Procurement, new[] { "Home", "Vendors", "Calls", "Findings", "Scores", "Reports", "Scorecards", "Disputes", "Templates", "Imports" })]
    [TestCase("bluebay@vendoraudit.test", new[] { "Home", "My vendor", "Calls", "Findings", "Scores", "Reports", "Scorecards", "Disputes", "Imports" })]
    public async Task Each_role_signs_in_and_sees_its_own_navigation(string email, string[] expected)
    {
        var page = await Portal.SignedInPageAsync(email);
        var items = await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllInnerTextsAsync();
        items.Select(i => i.Trim()).ShouldBe(expected);
        await Assertions.Expect(page.GetByTestId("whoami")).ToContainTextAsync(email);
        await Assertions.Expect(page.GetByTestId("total-calls")).Not.ToHaveTextAsync("0");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_vendor_user_sees_only_their_vendor_and_cannot_open_another()
    {
        var page = await Portal.SignedInPageAsync("atlas@vendoraudit.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "My vendor" }).ClickAsync();
        var rows = page.GetByTestId("vendor-list").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows).ToContainTextAsync("ATLAS");

        var other = await OtherVendorIdAsync("DUNMORE");
        var response = await page.GotoAsync($"/vendors/{other}");
        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_auditor_drills_from_a_vendor_to_an_agent_to_a_call()
    {
        var page = await Portal.SignedInPageAsync(Demo.Auditor);
        await page.GetByTestId("vendor-kpis").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("contract")).ToBeVisibleAsync();
        await page.GetByTestId("agents").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("agent-months")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Browse this agent's calls" }).ClickAsync();
        await page.GetByTestId("calls").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/calls/\\d+$"));
        await Assertions.Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task The_login_form_works_from_the_keyboard_alone()
    {
        var context = await Portal.Browser.NewContextAsync(new() { BaseURL = Portal.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        // The email field has focus on arrival; typing before the focus lands would lose the first keys.
        await Assertions.Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(Demo.Procurement);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Visitor.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        // Signing in hashes the password and renders the dashboard: allow a loaded machine more than the default 5 s.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Home", Exact = true })).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await context.CloseAsync();
    }

    [Test]
    public async Task The_language_switcher_turns_thePortal_french()
    {
        var page = await Portal.SignedInPageAsync(Demo.Procurement);
        await page.GetByRole(AriaRole.Button, new() { Name = "FR" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Accueil" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task An_admin_adds_a_vendor_through_the_form()
    {
        var page = await Portal.SignedInPageAsync(Demo.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Vendors" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a vendor" }).ClickAsync();
        await page.GetByLabel("Code").FillAsync("QUAYSIDE");
        await page.GetByLabel("Name").FillAsync("Quayside Calls");
        await page.GetByLabel("Country").FillAsync("Malta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Quayside Calls" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private Task<int> OtherVendorIdAsync(string code) =>
        Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == code).Select(v => v.Id).SingleAsync());
}
