using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

/// <summary>Steps of the audit workflow as the portal offers them, for tests that walk it.</summary>
public static partial class AuditDesk
{
    public static readonly Period Month = new(2026, 10);

    /// <summary>Every answer of the hotline template: full marks, except what <paramref name="overrides"/> says.</summary>
    public static Dictionary<string, string> Answers(uint version, string action, Dictionary<string, string>? overrides = null)
    {
        var items = new[] { "lang-understood", "lang-clear-correct", "lang-register", "emp-acknowledged", "emp-personalised", "emp-not-rushed",
            "res-ownership", "res-correct-complete", "res-escalated", "res-accurate-times", "res-callback-recorded", "res-identification-once",
            "comp-no-hang-up", "comp-retention-limit", "comp-personal-data" };
        var max = new Dictionary<string, string> { ["lang-understood"] = "4", ["lang-clear-correct"] = "4", ["emp-acknowledged"] = "4", ["emp-personalised"] = "10", ["res-correct-complete"] = "10" };
        var form = items.ToDictionary(i => $"V[{i}]", i => max.GetValueOrDefault(i, "1"));
        foreach (var (k, v) in overrides ?? []) form[$"V[{k}]"] = v;
        form["Version"] = version.ToString();
        form["Action"] = action;
        return form;
    }

    public static async Task<long> DrawPlanAsync(Portal portal, string vendor)
    {
        using var system = SystemScope.Enter(); // the work of a trusted process, as the CLI and jobs do it
        await using var scope = portal.Services.CreateAsyncScope();
        var planner = scope.ServiceProvider.GetRequiredService<SamplingPlanner>();
        var db = scope.ServiceProvider.GetRequiredService<VendorAudit.Infrastructure.Persistence.VendorAuditDbContext>();
        var vendorId = await db.Vendors.Where(v => v.Code == vendor).Select(v => v.Id).SingleAsync();
        var (plan, _) = await planner.CreateOrGetAsync(new PlanRequest(vendorId, Month), "test", CancellationToken.None);
        return plan.Id;
    }

    /// <summary>Starts scoring an unclaimed random call of the plan through the queue; returns the scorecard id.</summary>
    public static async Task<long> StartScoringAsync(Portal portal, Visitor auditor, long planId)
    {
        var sampleId = await portal.QueryAsync(db => db.SampledCalls.Where(s => s.PlanId == planId && s.ScorecardId == null && s.Kind == SampleKind.Random)
            .OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var response = await auditor.PostFormAsync($"/audits/queue/{sampleId}/score", [], "/audits");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        return long.Parse(ScorecardPath().Match(location).Groups[1].Value);
    }

    public static async Task<uint> VersionOnPageAsync(Visitor visitor, long scorecardId)
    {
        var page = await visitor.Client.GetStringAsync($"/scorecards/{scorecardId}");
        return uint.Parse(VersionField().Match(page).Groups[1].Value);
    }

    public static Task<HttpResponseMessage> PostScorecardAsync(Visitor visitor, long scorecardId, Dictionary<string, string> form) =>
        visitor.PostFormAsync($"/scorecards/{scorecardId}", form, $"/scorecards/{scorecardId}");

    public static async Task<long> SubmittedScorecardAsync(Portal portal, Visitor auditor, long planId, Dictionary<string, string>? overrides = null)
    {
        var id = await StartScoringAsync(portal, auditor, planId);
        var response = await PostScorecardAsync(auditor, id, Answers(await VersionOnPageAsync(auditor, id), "submit", overrides));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return id;
    }

    [GeneratedRegex(@"/scorecards/(\d+)")]
    private static partial Regex ScorecardPath();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
