using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

/// <summary>
/// The audit workflow as its users walk it: sampling plan, work queue, scoring (from the keyboard,
/// with autosave), dispute and its answer, calibration, and two auditors saving the same draft.
/// </summary>
[TestFixture]
public sealed partial class AuditJourneyTests : BrowserFixture
{
    [Test]
    public async Task An_auditor_scores_a_sampled_call_from_the_keyboard_and_a_vendor_dispute_changes_the_total_for_both()
    {
        var auditor = await Portal.SignedInPageAsync(Demo.Auditor);
        await DrawPlanAsync(auditor, "Cedar Contact Tunisie SARL");
        var arithmetic = auditor.GetByTestId("arithmetic");
        await Assertions.Expect(arithmetic).ToContainTextAsync("z for 95 % two-sided confidence = 1.959964");
        await Assertions.Expect(arithmetic).ToContainTextAsync("n0 = z² p(1−p) / e²");
        var rounded = Regex.Match(await arithmetic.Locator("li").Last.InnerTextAsync(), @"rounded up: (\d+)").Groups[1].Value;
        await Assertions.Expect(auditor.GetByTestId("random-size")).ToHaveTextAsync(new Regex($"^{rounded} "));

        // The queue: claim an unclaimed call of the plan, find it among mine, and start scoring it.
        await Nav(auditor, "Work queue").ClickAsync();
        await FilterQueueAsync(auditor, "Unclaimed", "Cedar Contact Tunisie SARL");
        var first = auditor.GetByTestId("queue").Locator("tbody tr").First;
        var sample = await first.GetAttributeAsync("data-sample");
        await first.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await FilterQueueAsync(auditor, "Claimed by me", "Cedar Contact Tunisie SARL");
        var claimed = auditor.Locator($"tr[data-sample='{sample}']");
        await Assertions.Expect(claimed).ToContainTextAsync($"Claimed · {Demo.Auditor}");
        await claimed.GetByRole(AriaRole.Button, new() { Name = "Score" }).ClickAsync();
        await Assertions.Expect(auditor.Locator("form#scoring[data-ready]")).ToHaveCountAsync(1); // the page's script is wired before answers are given
        await Assertions.Expect(auditor).ToHaveURLAsync(new Regex(@"/scorecards/\d+$"));
        await Assertions.Expect(auditor.GetByTestId("scorecard-status")).ToHaveTextAsync("Draft");
        var scorecardUrl = auditor.Url;
        var call = await auditor.GetByRole(AriaRole.Heading, new() { Level = 1 }).Locator(".code").InnerTextAsync();

        // Every item from the keyboard: a digit answers the focused item, Tab goes on to its comment, then to the next item.
        await Item(auditor, "lang-understood").GetByRole(AriaRole.Radio).First.FocusAsync();
        await AnswerAndTabOnAsync(auditor, "4");                                    // lang-understood
        await AnswerAndTabOnAsync(auditor, "3");                                    // lang-clear-correct
        await AnswerAndTabOnAsync(auditor, "1");                                    // lang-register: Yes
        await AnswerAndTabOnAsync(auditor, "4");                                    // emp-acknowledged
        await AnswerAndTabOnAsync(auditor, "9", "ArrowRight");                      // emp-personalised: 9, then the arrow to 10
        await AnswerAndTabOnAsync(auditor, "1");                                    // emp-not-rushed
        await auditor.Keyboard.PressAsync("0");                                     // res-ownership: No, with a comment
        await auditor.Keyboard.PressAsync("Tab");
        await auditor.Keyboard.TypeAsync("No offer to follow the case up.");
        await auditor.Keyboard.PressAsync("Tab");
        await AnswerAndTabOnAsync(auditor, "8");                                    // res-correct-complete
        await AnswerAndTabOnAsync(auditor, "n");                                    // res-escalated: N/A
        await AnswerAndTabOnAsync(auditor, "1");                                    // res-accurate-times
        await AnswerAndTabOnAsync(auditor, "n");                                    // res-callback-recorded: N/A
        await AnswerAndTabOnAsync(auditor, "1");                                    // res-identification-once
        await AnswerAndTabOnAsync(auditor, "1");                                    // comp-no-hang-up
        await AnswerAndTabOnAsync(auditor, "1");                                    // comp-retention-limit
        // The last answer is the last change: the autosave that carries it holds everything typed before it.
        await auditor.RunAndWaitForResponseAsync(() => auditor.Keyboard.PressAsync("1"), // comp-personal-data
            response => response.Url.EndsWith("/autosave") && response.Request.PostData?.Contains("V%5Bcomp-personal-data%5D=") == true); // url-encoded, as the script sends it
        await AssertKeyboardAnswersAsync(auditor);
        await Assertions.Expect(auditor.GetByText(new Regex("^Draft saved at "))).ToBeVisibleAsync();
        await auditor.ReloadAsync();
        await AssertKeyboardAnswersAsync(auditor);
        await Assertions.Expect(Item(auditor, "res-ownership").GetByLabel("Comment")).ToHaveValueAsync("No offer to follow the case up.");
        await Assertions.Expect(auditor.GetByTestId("score-total")).Not.ToHaveTextAsync("—");

        await auditor.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("scorecard-status")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(auditor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Scorecard submitted.");
        await Assertions.Expect(auditor.GetByTestId("answer-emp-personalised")).ToHaveTextAsync("10 / 10");
        await Assertions.Expect(auditor.GetByTestId("answer-res-ownership")).ToHaveTextAsync("No");
        await Assertions.Expect(auditor.GetByTestId("answer-res-escalated")).ToHaveTextAsync("N/A");
        var before = Figure(await auditor.GetByTestId("score-total").InnerTextAsync());

        // The vendor finds the scorecard among theirs and disputes one item.
        var vendor = await Portal.SignedInPageAsync(Demo.VendorUser("CEDAR"));
        await Nav(vendor, "Scorecards").ClickAsync();
        await vendor.GetByTestId("scorecards").GetByRole(AriaRole.Link, new() { Name = call }).ClickAsync();
        await Assertions.Expect(vendor.GetByTestId("scorecard-status")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(vendor.GetByTestId("answer-res-ownership")).ToHaveTextAsync("No");
        await vendor.GetByRole(AriaRole.Link, new() { Name = "Dispute items" }).ClickAsync();
        var contested = vendor.GetByRole(AriaRole.Row).Filter(new() { HasText = "Took ownership of the request" });
        await contested.GetByLabel("Took ownership of the request").CheckAsync();
        await contested.GetByLabel("Your reason").FillAsync("The agent opened a ticket and called back the next morning.");
        await contested.GetByLabel("Value you think is right").FillAsync("1");
        await vendor.GetByRole(AriaRole.Button, new() { Name = "Send the dispute" }).ClickAsync();
        await Assertions.Expect(vendor.GetByTestId("dispute-status")).ToHaveTextAsync("Open");
        await Assertions.Expect(vendor.GetByTestId("dispute-items")).ToContainTextAsync("Waiting for the auditor");

        // The auditor answers it from the disputes list: accepted, with the corrected value.
        await Nav(auditor, "Disputes").ClickAsync();
        await auditor.GetByTestId("disputes").GetByRole(AriaRole.Link, new() { Name = call }).ClickAsync();
        var items = auditor.GetByTestId("dispute-items");
        await Assertions.Expect(items).ToContainTextAsync("The agent opened a ticket and called back the next morning.");
        await items.GetByLabel("Accepted", new() { Exact = true }).CheckAsync();
        await items.GetByLabel("Corrected value").FillAsync("1");
        await items.GetByLabel("Comment to the vendor").FillAsync("Callback found in the CRM at 09:12 the next day.");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Send the answer" }).ClickAsync();
        await Assertions.Expect(auditor.GetByTestId("dispute-status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(auditor.GetByTestId("dispute-outcome")).ToContainTextAsync("→");

        await auditor.GotoAsync(scorecardUrl);
        await Assertions.Expect(auditor.GetByTestId("scorecard-status")).ToHaveTextAsync("Final");
        await Assertions.Expect(auditor.GetByTestId("answer-res-ownership")).ToHaveTextAsync("Yes");
        await Assertions.Expect(auditor.GetByTestId("score-total")).Not.ToHaveTextAsync(before.ToString("0.0", CultureInfo.InvariantCulture));
        var after = await auditor.GetByTestId("score-total").InnerTextAsync();
        Figure(after).ShouldBeGreaterThan(before);

        // Both sides read the same trail: the dispute opened, its answer, and what it changed.
        await vendor.ReloadAsync();
        await Assertions.Expect(vendor.GetByTestId("dispute-status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(vendor.GetByTestId("ruling-res-ownership")).ToContainTextAsync("Callback found in the CRM at 09:12 the next day.");
        foreach (var side in new[] { vendor, auditor })
        {
            await side.GotoAsync(scorecardUrl);
            await Assertions.Expect(side.GetByTestId("score-total")).ToHaveTextAsync(after);
            await side.GetByRole(AriaRole.Link, new() { Name = "History", Exact = true }).ClickAsync();
            var history = side.GetByTestId("history");
            var opened = history.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Dispute opened" });
            await Assertions.Expect(opened).ToContainTextAsync(Demo.VendorUser("CEDAR"));
            await Assertions.Expect(opened).ToContainTextAsync("Disputed res-ownership");
            var resolved = history.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Dispute resolved" });
            await Assertions.Expect(resolved).ToContainTextAsync(Demo.Auditor);
            await Assertions.Expect(resolved).ToContainTextAsync("res-ownership: Accepted");
            await Assertions.Expect(resolved.GetByRole(AriaRole.Row).Filter(new() { HasText = "Took ownership of the request" }))
                .ToContainTextAsync(new Regex("No « No offer to follow the case up. »\\s*Yes « No offer to follow the case up. »"));
            await side.GetByRole(AriaRole.Link, new() { Name = "The dispute and its answers" }).ClickAsync();
            await Assertions.Expect(side.GetByTestId("ruling-res-ownership")).ToContainTextAsync("Accepted");
            await Assertions.Expect(side.GetByTestId("ruling-res-ownership")).ToContainTextAsync("Callback found in the CRM");
        }
        await vendor.Context.CloseAsync();
        await auditor.Context.CloseAsync();
    }

    private static async Task DrawPlanAsync(IPage page, string vendor)
    {
        await Nav(page, "Work queue").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sampling plans" }).ClickAsync();
        await page.GetByLabel("Vendor").SelectOptionAsync(new SelectOptionValue { Label = vendor });
        await page.GetByLabel("Period").FillAsync("2026-10");
        await Assertions.Expect(page.GetByLabel("Margin of error")).ToHaveValueAsync("0.05");
        await Assertions.Expect(page.GetByLabel("Confidence")).ToHaveValueAsync("0.95");
        await page.GetByRole(AriaRole.Button, new() { Name = "Draw", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("2026-10");
        await Assertions.Expect(page.GetByTestId("plan-facts")).ToContainTextAsync("Calls answered in the month");
        await Assertions.Expect(page.GetByTestId("population")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(page.GetByTestId("strata").Locator("tbody tr")).Not.ToHaveCountAsync(0);
    }

    private static async Task FilterQueueAsync(IPage page, string show, string vendor)
    {
        await page.GetByLabel("Show").SelectOptionAsync(new SelectOptionValue { Label = show });
        await page.GetByLabel("Vendor").SelectOptionAsync(new SelectOptionValue { Label = vendor });
        await page.GetByLabel("Period").FillAsync("2026-10");
        await page.GetByLabel("Sample").SelectOptionAsync(new SelectOptionValue { Label = "Random" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("queue").Locator("tbody tr")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Show").Locator("option:checked")).ToHaveTextAsync(show);
    }

    /// <summary>Answers the item that has focus with <paramref name="keys"/>, then tabs past its comment to the next item.</summary>
    private static async Task AnswerAndTabOnAsync(IPage page, params string[] keys)
    {
        foreach (var key in keys) await page.Keyboard.PressAsync(key);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
    }

    private static async Task AssertKeyboardAnswersAsync(IPage page)
    {
        var expected = new (string Item, string Label)[]
        {
            ("lang-understood", "4"), ("lang-clear-correct", "3"), ("lang-register", "Yes"), ("emp-acknowledged", "4"),
            ("emp-personalised", "10"), ("emp-not-rushed", "Yes"), ("res-ownership", "No"), ("res-correct-complete", "8"),
            ("res-escalated", "N/A"), ("res-accurate-times", "Yes"), ("res-callback-recorded", "N/A"), ("res-identification-once", "Yes"),
            ("comp-no-hang-up", "Yes"), ("comp-retention-limit", "Yes"), ("comp-personal-data", "Yes"),
        };
        foreach (var (item, label) in expected)
            await Assertions.Expect(Item(page, item).GetByLabel(label, new() { Exact = true })).ToBeCheckedAsync();
    }

    /// <summary>A link of the main navigation (page links such as a session named "… calibration" would match too).</summary>
    private static ILocator Nav(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>One item of the scoring form: its fieldset, named by its legend.</summary>
    private static ILocator Item(IPage page, string itemId) => page.GetByRole(AriaRole.Group, new() { Name = Legends[itemId] });

    private static decimal Figure(string text) => decimal.Parse(text.Trim(), CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> Legends = new()
    {
        ["lang-understood"] = "Understood the request without making the customer repeat it",
        ["lang-clear-correct"] = "Spoke clear and correct language",
        ["lang-register"] = "Adapted the register to the customer",
        ["emp-acknowledged"] = "Acknowledged the customer's situation",
        ["emp-personalised"] = "Gave a personalised answer, not a canned script",
        ["emp-not-rushed"] = "Did not rush the customer",
        ["res-ownership"] = "Took ownership of the request",
        ["res-correct-complete"] = "Gave a correct and complete answer",
        ["res-escalated"] = "Escalated when out of depth",
        ["res-accurate-times"] = "Gave accurate waiting or delivery times",
        ["res-callback-recorded"] = "Recorded the callback committed to",
        ["res-identification-once"] = "Asked for identification only once",
        ["comp-no-hang-up"] = "Did not hang up on the customer",
        ["comp-retention-limit"] = "Respected the customer's decision to cancel",
        ["comp-personal-data"] = "Asked for and disclosed no personal data",
    };
}
