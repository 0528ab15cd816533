using System.Net;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed partial class ScoringTests : PortalFixture
{
    private long _planId;

    [OneTimeSetUp]
    public async Task DrawPlan() => _planId = await AuditDesk.DrawPlanAsync(Portal, "ATLAS");

    [Test]
    public async Task An_auditor_claims_a_call_scores_it_and_submits_it_and_the_queue_moves_on()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var sampleId = await Portal.QueryAsync(db => db.SampledCalls.Where(s => s.PlanId == _planId && s.State == SampledCallState.Open)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        (await auditor.PostFormAsync($"/audits/queue/{sampleId}/claim", [], "/audits")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await auditor.Client.GetStringAsync("/audits?show=mine")).ShouldContain($"data-sample=\"{sampleId}\"");

        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        var version = await AuditDesk.VersionOnPageAsync(auditor, scorecardId);
        var submit = await AuditDesk.PostScorecardAsync(auditor, scorecardId,
            AuditDesk.Answers(version, "submit", new() { ["emp-personalised"] = "5", ["res-escalated"] = "na" }));

        submit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var card = await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId));
        card.Status.ShouldBe(ScorecardStatus.Submitted);
        // Empathy: acknowledged 4/4 ×3, personalised 5/10 ×3, not rushed 1/1 ×2 → (3 + 1.5 + 2) / 8 = 81.25.
        card.Empathy.ShouldBe(81.25m);
        card.Answers.For("res-escalated")!.NotApplicable.ShouldBeTrue();
        (await Portal.QueryAsync(db => db.SampledCalls.SingleAsync(s => s.ScorecardId == scorecardId))).State.ShouldBe(SampledCallState.Scored);
    }

    [Test]
    public async Task Submitting_an_incomplete_scorecard_names_the_missing_items_and_keeps_it_a_draft()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        var form = AuditDesk.Answers(await AuditDesk.VersionOnPageAsync(auditor, scorecardId), "submit");
        form.Remove("V[comp-no-hang-up]");
        form.Remove("V[lang-register]");

        var response = await AuditDesk.PostScorecardAsync(auditor, scorecardId, form);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("items[comp-no-hang-up]: not answered.");
        page.ShouldContain("items[lang-register]: not answered.");
        page.ShouldContain("name=\"V[lang-understood]\" value=\"4\" checked", Case.Insensitive);
        (await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId))).Status.ShouldBe(ScorecardStatus.Draft);
    }

    [Test]
    public async Task A_value_off_the_scale_is_refused_with_the_item_named()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);

        var response = await AuditDesk.PostScorecardAsync(auditor, scorecardId,
            AuditDesk.Answers(await AuditDesk.VersionOnPageAsync(auditor, scorecardId), "save", new() { ["lang-register"] = "7" }));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("items[lang-register]: 7 is outside 0");
    }

    [Test]
    public async Task Two_auditors_saving_the_same_scorecard_see_a_conflict_with_both_versions_and_lose_nothing()
    {
        using var first = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var second = await Portal.Visit().SignedInAsync(Demo.SecondAuditor);
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, first, _planId);
        var loaded = await AuditDesk.VersionOnPageAsync(first, scorecardId);
        (await AuditDesk.VersionOnPageAsync(second, scorecardId)).ShouldBe(loaded);

        (await AuditDesk.PostScorecardAsync(first, scorecardId, AuditDesk.Answers(loaded, "save", new() { ["emp-personalised"] = "2" })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await AuditDesk.PostScorecardAsync(second, scorecardId, AuditDesk.Answers(loaded, "save", new() { ["emp-personalised"] = "9" }));

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await stale.Content.ReadAsStringAsync();
        page.ShouldContain("data-testid=\"conflict\"");
        page.ShouldContain("data-testid=\"theirs-emp-personalised\">2 / 10<");
        page.ShouldContain("data-testid=\"mine-emp-personalised\">9 / 10<");
        page.ShouldContain("name=\"V[emp-personalised]\" value=\"9\" checked", Case.Insensitive);
        (await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId))).Answers.For("emp-personalised")!.Value.ShouldBe(2);

        // Keeping their own answers is a deliberate second save, on the version they have now seen.
        var current = await Portal.QueryAsync(db => db.Scorecards.Where(s => s.Id == scorecardId).Select(s => s.Version).SingleAsync());
        (await AuditDesk.PostScorecardAsync(second, scorecardId, AuditDesk.Answers(current, "save", new() { ["emp-personalised"] = "9" })))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var revisions = await Portal.QueryAsync(db => db.ScorecardRevisions.Where(r => r.ScorecardId == scorecardId).OrderBy(r => r.Id).ToListAsync());
        revisions.Select(r => r.Answers.For("emp-personalised")?.Value).ShouldBe([null, 2, 9]);
        revisions.Select(r => r.By).ShouldBe([Demo.Auditor, Demo.Auditor, Demo.SecondAuditor]);
    }

    [Test]
    public async Task The_autosave_endpoint_saves_a_draft_and_answers_a_stale_version_with_409()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        var version = await AuditDesk.VersionOnPageAsync(auditor, scorecardId);

        var saved = await auditor.PostFormAsync($"/scorecards/{scorecardId}/autosave", new() { ["V[lang-register]"] = "1", ["Version"] = version.ToString() }, $"/scorecards/{scorecardId}");
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).ShouldContain("\"version\":");
        var stale = await auditor.PostFormAsync($"/scorecards/{scorecardId}/autosave", new() { ["V[lang-register]"] = "0", ["Version"] = version.ToString() }, $"/scorecards/{scorecardId}");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Portal.QueryAsync(db => db.Scorecards.SingleAsync(s => s.Id == scorecardId))).Answers.For("lang-register")!.Value.ShouldBe(1);
    }

    [Test]
    public async Task A_second_auditor_cannot_claim_a_call_another_has_claimed()
    {
        using var first = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var second = await Portal.Visit().SignedInAsync(Demo.SecondAuditor);
        var sampleId = await Portal.QueryAsync(db => db.SampledCalls.Where(s => s.PlanId == _planId && s.State == SampledCallState.Open)
            .OrderByDescending(s => s.Id).Select(s => s.Id).FirstAsync());
        await first.PostFormAsync($"/audits/queue/{sampleId}/claim", [], "/audits");

        var refused = await second.PostFormAsync($"/audits/queue/{sampleId}/claim", [], "/audits");
        (await second.Client.GetStringAsync(refused.Headers.Location!.ToString())).ShouldContain($"{Demo.Auditor} claimed this call first.");
        (await second.PostFormAsync($"/audits/queue/{sampleId}/release", [], "/audits")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Portal.QueryAsync(db => db.SampledCalls.SingleAsync(s => s.Id == sampleId))).AssignedTo.ShouldBe(Demo.Auditor);

        await first.PostFormAsync($"/audits/queue/{sampleId}/release", [], "/audits");
        (await Portal.QueryAsync(db => db.SampledCalls.SingleAsync(s => s.Id == sampleId))).State.ShouldBe(SampledCallState.Open);
    }

    [Test]
    public async Task Vendor_users_never_see_an_auditors_draft_and_see_the_trail_from_submission_on()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));
        var scorecardId = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        await AuditDesk.PostScorecardAsync(auditor, scorecardId, AuditDesk.Answers(await AuditDesk.VersionOnPageAsync(auditor, scorecardId), "save"));

        (await vendor.GetAsync($"/scorecards/{scorecardId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vendor.GetAsync($"/scorecards/{scorecardId}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await vendor.Client.GetStringAsync("/scorecards")).ShouldNotContain($"/scorecards/{scorecardId}\"");

        await AuditDesk.PostScorecardAsync(auditor, scorecardId, AuditDesk.Answers(await AuditDesk.VersionOnPageAsync(auditor, scorecardId), "submit"));
        (await vendor.GetAsync($"/scorecards/{scorecardId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var history = await vendor.Client.GetStringAsync($"/scorecards/{scorecardId}/history");
        history.ShouldContain("Submitted");
        history.ShouldNotContain("DraftSaved");
        history.ShouldNotContain("Draft saved");
    }

    [Test]
    public async Task A_vendor_user_cannot_save_or_submit_a_scorecard()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var scorecardId = await AuditDesk.SubmittedScorecardAsync(Portal, auditor, _planId);
        using var vendor = await Portal.Visit().SignedInAsync(Demo.VendorUser("ATLAS"));

        var response = await vendor.PostFormAsync($"/scorecards/{scorecardId}", AuditDesk.Answers(1, "save"), $"/scorecards/{scorecardId}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/access-denied");
    }

    [Test]
    public async Task A_scorecard_keeps_its_template_version_after_a_new_version_is_published()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var before = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var draft = System.Net.WebUtility.HtmlDecode(TemplateJson().Match(await admin.Client.GetStringAsync("/templates/publish")).Groups[1].Value);
        draft.ShouldContain("\"version\": 2");

        var published = await admin.PostFormAsync("/templates/publish", new() { ["json"] = draft.Replace("Hotline call quality", "Hotline call quality (2027)") }, "/templates/publish");

        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await AuditDesk.StartScoringAsync(Portal, auditor, _planId);
        var versions = await Portal.QueryAsync(db => db.Scorecards.Where(s => s.Id == before || s.Id == after).OrderBy(s => s.Id).Select(s => s.TemplateVersion).ToListAsync());
        versions.ShouldBe([1, 2]);
        (await auditor.Client.GetStringAsync($"/scorecards/{before}")).ShouldContain("v1");
    }

    [Test]
    public async Task A_template_with_errors_is_refused_with_each_problem_named_and_nothing_published()
    {
        using var admin = await Portal.Visit().SignedInAsync(Demo.Admin);
        var count = await Portal.QueryAsync(db => db.ScorecardTemplates.CountAsync());

        var malformed = await admin.PostFormAsync("/templates/publish", new() { ["json"] = "{\n  \"code\": \"x\",\n  \"version\": 1,\n  \"titel\": 3\n}" }, "/templates/publish");
        var invalid = await admin.PostFormAsync("/templates/publish", new() { ["json"] = """{"code":"hotline-quality","version":9,"title":{"en":"t","fr":"t"},"sections":[]}""" }, "/templates/publish");

        malformed.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        System.Net.WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync()).ShouldContain("line 4");
        var problems = System.Net.WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        problems.ShouldContain("sections: no section for the Language dimension.");
        (await Portal.QueryAsync(db => db.ScorecardTemplates.CountAsync())).ShouldBe(count);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<textarea id=\"json\"[^>]*>([\\s\\S]*?)</textarea>")]
    private static partial System.Text.RegularExpressions.Regex TemplateJson();
}
