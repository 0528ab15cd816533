using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

public sealed partial class AuditJourneyTests
{
    [Test]
    public async Task Two_auditors_score_the_same_calls_blind_and_the_closed_session_reports_their_agreement()
    {
        const string session = "Dunmore October calibration";
        var first = await Portal.SignedInPageAsync(Demo.Auditor);
        await Nav(first, "Calibration").ClickAsync();
        await first.GetByLabel("Name").FillAsync(session);
        await first.GetByLabel("Calls from vendor").SelectOptionAsync(new SelectOptionValue { Label = "Dunmore Outsourcing Inc." });
        await first.GetByLabel("Period").FillAsync("2026-10");
        await first.GetByLabel("Number of calls").FillAsync("2");
        await first.GetByLabel(Demo.Auditor, new() { Exact = true }).CheckAsync();
        await first.GetByLabel(Demo.SecondAuditor, new() { Exact = true }).CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(session);
        await Assertions.Expect(first.GetByTestId("session-calls").Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(first.GetByTestId("session-auditors")).ToContainTextAsync(Demo.SecondAuditor);

        var second = await Portal.SignedInPageAsync(Demo.SecondAuditor);
        await OpenSessionAsync(second, session);
        // Each auditor scores both calls in the order the session lists them, so their scorecards pair up.
        var scorecards = new (IPage Page, Dictionary<string, string> Overrides)[]
        {
            (first, new()), (first, new() { ["emp-personalised"] = "6", ["res-correct-complete"] = "7" }),
            (second, new() { ["emp-personalised"] = "8" }), (second, new() { ["emp-personalised"] = "3", ["res-correct-complete"] = "4", ["lang-understood"] = "2" }),
        };
        foreach (var (page, overrides) in scorecards)
        {
            await OpenSessionAsync(page, session);
            await page.GetByTestId("session-calls").GetByRole(AriaRole.Button, new() { Name = "Score" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("form#scoring[data-ready]")).ToHaveCountAsync(1); // the page's script is wired before answers are given
            await Assertions.Expect(page.GetByTestId("scorecard-status")).ToHaveTextAsync("Draft");
            await AnswerEveryItemAsync(page, overrides);
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("scorecard-status")).ToHaveTextAsync("Submitted");
        }

        await OpenSessionAsync(first, session);
        await Assertions.Expect(first.GetByTestId("session-calls").GetByRole(AriaRole.Button, new() { Name = "Score" })).ToHaveCountAsync(0);
        await Assertions.Expect(first.GetByTestId("session-calls").Locator("tbody tr")).ToHaveTextAsync([new Regex("2 / 2$"), new Regex("2 / 2$")]);
        await first.GetByRole(AriaRole.Button, new() { Name = "Close the session and produce the report" }).ClickAsync();

        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Calibration report");
        await Assertions.Expect(first.GetByText("4 submitted scorecards on 2 calls by 2 auditors.")).ToBeVisibleAsync();
        await Assertions.Expect(first.GetByTestId("alpha")).ToHaveTextAsync(new Regex(@"^-?\d+\.\d\d$"));
        await Assertions.Expect(first.GetByTestId("within-tolerance")).ToHaveTextAsync(new Regex(@"^\d+\s?%$"));
        var deviation = first.GetByTestId("auditor-deviation").Locator("tbody tr");
        await Assertions.Expect(deviation).ToHaveCountAsync(2);
        foreach (var auditor in new[] { Demo.Auditor, Demo.SecondAuditor })
            await Assertions.Expect(deviation.Filter(new() { HasText = auditor }).GetByRole(AriaRole.Cell))
                .ToHaveTextAsync([new Regex("^2$"), new Regex(@"^\d+\.\d$"), new Regex(@"^([+-]\d+\.\d|0\.0)$")]);

        // Closed: the second auditor reads the same report from the session page.
        await OpenSessionAsync(second, session);
        await second.GetByTestId("report-link").ClickAsync();
        await Assertions.Expect(second.GetByTestId("alpha")).ToHaveTextAsync(await first.GetByTestId("alpha").InnerTextAsync());
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    private static async Task OpenSessionAsync(IPage page, string name)
    {
        await Nav(page, "Calibration").ClickAsync();
        await page.GetByTestId("sessions").GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(name);
    }

    /// <summary>Clicks an answer for every item: full marks, except what <paramref name="overrides"/> says.</summary>
    private static async Task AnswerEveryItemAsync(IPage page, Dictionary<string, string> overrides)
    {
        var fullMarks = new Dictionary<string, string> { ["lang-understood"] = "4", ["lang-clear-correct"] = "4", ["emp-acknowledged"] = "4", ["emp-personalised"] = "10", ["res-correct-complete"] = "10" };
        foreach (var item in Legends.Keys)
        {
            var label = overrides.GetValueOrDefault(item) ?? fullMarks.GetValueOrDefault(item) ?? "Yes";
            await Item(page, item).GetByLabel(label, new() { Exact = true }).CheckAsync();
        }
    }
}
