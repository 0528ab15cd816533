using Microsoft.Playwright;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Browser.Tests;

public sealed partial class AuditJourneyTests
{
    [Test]
    public async Task Two_auditors_saving_the_same_draft_see_a_conflict_with_both_versions_and_keep_their_answers()
    {
        var first = await Portal.SignedInPageAsync(Demo.Auditor);
        await DrawPlanAsync(first, "Atlas Relation Client SARL");
        await first.GetByRole(AriaRole.Link, new() { Name = "Its calls in the queue" }).ClickAsync();
        await first.GetByTestId("queue").Locator("tbody tr").First.GetByRole(AriaRole.Button, new() { Name = "Score" }).ClickAsync();
        await Assertions.Expect(first.Locator("form#scoring[data-ready]")).ToHaveCountAsync(1); // the page's script is wired before answers are given
        await Assertions.Expect(first.GetByTestId("scorecard-status")).ToHaveTextAsync("Draft");
        var second = await Portal.SignedInPageAsync(Demo.SecondAuditor);
        await second.GotoAsync(first.Url);
        await Assertions.Expect(second.GetByTestId("scorecard-status")).ToHaveTextAsync("Draft");

        await Item(first, "emp-personalised").GetByLabel("2", new() { Exact = true }).CheckAsync();
        await Item(first, "lang-register").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        await Assertions.Expect(Item(first, "emp-personalised").GetByLabel("2", new() { Exact = true })).ToBeCheckedAsync();

        await Item(second, "emp-personalised").GetByLabel("9", new() { Exact = true }).CheckAsync();
        await Item(second, "lang-register").GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Item(second, "res-ownership").GetByLabel("Comment").FillAsync("Promised a callback, none logged.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        var conflict = second.GetByTestId("conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync($"{Demo.Auditor} saved it at");
        await Assertions.Expect(second.GetByTestId("theirs-emp-personalised")).ToHaveTextAsync("2 / 10");
        await Assertions.Expect(second.GetByTestId("mine-emp-personalised")).ToHaveTextAsync("9 / 10");
        await Assertions.Expect(second.GetByTestId("theirs-lang-register")).ToHaveTextAsync("Yes");
        await Assertions.Expect(second.GetByTestId("mine-lang-register")).ToHaveTextAsync("No");
        await Assertions.Expect(second.GetByTestId("mine-res-ownership")).ToHaveTextAsync("— « Promised a callback, none logged. »");
        await Assertions.Expect(conflict.GetByRole(AriaRole.Link, new() { Name = "Take their version" })).ToBeVisibleAsync();
        // Nothing typed is lost: the form still holds the second auditor's answers, not the saved ones.
        await Assertions.Expect(Item(second, "emp-personalised").GetByLabel("9", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(Item(second, "lang-register").GetByLabel("No", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(Item(second, "res-ownership").GetByLabel("Comment")).ToHaveValueAsync("Promised a callback, none logged.");

        // And the first auditor's save stands until the second one deliberately saves again.
        await first.ReloadAsync();
        await Assertions.Expect(Item(first, "emp-personalised").GetByLabel("2", new() { Exact = true })).ToBeCheckedAsync();
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }

    [Test]
    public async Task Saving_with_the_button_while_an_autosave_is_in_flight_or_due_is_no_conflict_with_oneself()
    {
        var page = await Portal.SignedInPageAsync(Demo.Auditor);
        await DrawPlanAsync(page, "Blue Bay Customer Care Ltd");
        await page.GetByRole(AriaRole.Link, new() { Name = "Its calls in the queue" }).ClickAsync();
        var queue = page.Url;
        var rows = page.GetByTestId("queue").Locator("tbody tr");

        // In flight: the autosave is saved on the server but its answer has not come back when the button is pressed.
        await rows.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Score" }).ClickAsync();
        await Assertions.Expect(page.Locator("form#scoring[data-ready]")).ToHaveCountAsync(1); // the page's script is wired before answers are given
        var autosaved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/autosave", async route =>
        {
            var response = await route.FetchAsync();
            autosaved.TrySetResult();
            await answer.Task;
            await route.FulfillAsync(new() { Response = response });
        });
        await Item(page, "lang-register").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await autosaved.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Item(page, "emp-not-rushed").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        answer.SetResult();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        await Assertions.Expect(page.GetByTestId("conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(Item(page, "emp-not-rushed").GetByLabel("Yes", new() { Exact = true })).ToBeCheckedAsync();
        await page.UnrouteAllAsync();

        // Due: the change is 0.8 s from its autosave when the button is pressed. The page lives on until the server
        // answers the post, so that autosave must be called off by then: the page notes, as the form goes, how many
        // timers are still due (the post itself is not held: a browser keeps the old page until the answer).
        await page.AddInitScriptAsync(DueTimersAtPost);
        await page.GotoAsync(queue);
        await rows.Nth(1).GetByRole(AriaRole.Button, new() { Name = "Score" }).ClickAsync();
        await Assertions.Expect(page.Locator("form#scoring[data-ready]")).ToHaveCountAsync(1); // the page's script is wired before answers are given
        await Assertions.Expect(page.GetByTestId("scorecard-status")).ToHaveTextAsync("Draft");
        await Item(page, "lang-register").GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Draft saved.");
        (await page.EvaluateAsync<string?>("sessionStorage.getItem('timersDueAtPost')")).ShouldBe("0");
        await Assertions.Expect(page.GetByTestId("conflict")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    /// <summary>Counts the page's pending timeouts and, when a form really posts (not held back by a script), keeps the count for the next page.</summary>
    private const string DueTimersAtPost = """
        (() => {
          const due = new Set(), set = window.setTimeout, clear = window.clearTimeout;
          window.setTimeout = function (fn, ms, ...args) {
            const id = set(function () { due.delete(id); fn.apply(this, args); }, ms);
            due.add(id);
            return id;
          };
          window.clearTimeout = function (id) { due.delete(id); clear(id); };
          document.addEventListener("submit", e => { if (!e.defaultPrevented) sessionStorage.setItem("timersDueAtPost", String(due.size)); });
        })();
        """;
}
