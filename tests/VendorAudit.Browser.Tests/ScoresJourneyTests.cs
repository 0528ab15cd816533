using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

[TestFixture]
public sealed class ScoresJourneyTests : BrowserFixture
{
    [OneTimeSetUp]
    public async Task ScoreTheDemo()
    {
        using var system = SystemScope.Enter();
        await using var scope = Portal.Services.CreateAsyncScope();
        await DemoWork.RunAsync(scope.ServiceProvider);
        foreach (var month in new[] { new Period(2026, 8), new Period(2026, 9) })
            await scope.ServiceProvider.GetRequiredService<ScoringService>().RecomputeAsync(month);
    }

    [Test]
    public async Task Procurement_ranks_the_vendors_compares_two_and_reads_a_statement()
    {
        var page = await Portal.SignedInPageAsync(Demo.Procurement);
        await page.GetByRole(AriaRole.Link, new() { Name = "Scores", Exact = true }).ClickAsync();
        await page.GetByLabel("Period").SelectOptionAsync("2026-09");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        var ranking = page.GetByTestId("ranking");
        await Assertions.Expect(ranking.Locator("tbody tr")).ToHaveCountAsync(5);
        await Assertions.Expect(ranking.Locator("tbody tr").First).ToHaveAttributeAsync("data-vendor", "NORTHWIND");
        await Assertions.Expect(ranking.Locator("svg.interval").First).ToBeVisibleAsync();

        await ranking.GetByRole(AriaRole.Link, new() { Name = "Empathy" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=empathy"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Compare vendors" }).ClickAsync();
        await page.GetByLabel("Atlas Relation Client SARL").CheckAsync();
        await page.GetByLabel("Cedar Contact Tunisie SARL").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("comparison").Locator("thead th")).ToHaveCountAsync(3);

        await page.GotoAsync("/scores?period=2026-09");
        await page.GetByTestId("ranking").GetByRole(AriaRole.Link, new() { Name = "Cedar Contact Tunisie SARL" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("kpis")).ToContainTextAsync("Service level");
        await Assertions.Expect(page.GetByTestId("statement")).ToContainTextAsync("Confirmed abuses");
        await Assertions.Expect(page.GetByTestId("statement-total")).ToContainTextAsync("-");
        await page.Context.CloseAsync();
    }

    [Test]
    public async Task A_vendor_user_sees_their_position_and_statement_but_no_other_vendor()
    {
        var page = await Portal.SignedInPageAsync(Demo.VendorUser("CEDAR"));
        await page.GotoAsync("/scores?period=2026-09");

        await Assertions.Expect(page.GetByTestId("position")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Your position: \d(st|nd|rd|th) of 5\."));
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("NORTHWIND");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Atlas");
        await page.GetByRole(AriaRole.Link, new() { Name = "Your scores and statement" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("statement")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Not really different from");
        await page.Context.CloseAsync();
    }
}
