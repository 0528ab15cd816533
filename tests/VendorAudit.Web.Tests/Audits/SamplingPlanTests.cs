using System.Net;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Sampling;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Audits;

[TestFixture]
public sealed class SamplingPlanTests : PortalFixture
{
    [Test]
    public async Task A_plan_samples_the_months_answered_calls_by_agent_and_queue_with_the_size_its_arithmetic_shows()
    {
        var planId = await AuditDesk.DrawPlanAsync(Portal, "ATLAS");

        var (plan, answered, sampled) = await Portal.QueryAsync(async db =>
        {
            var p = await db.SamplingPlans.SingleAsync(x => x.Id == planId);
            var n = await db.Calls.CountAsync(c => c.VendorId == p.VendorId && c.AgentId != null
                && c.StartedAt >= AuditDesk.Month.StartUtc && c.StartedAt < AuditDesk.Month.EndUtc);
            var s = await db.SampledCalls.Where(x => x.PlanId == planId && x.Kind == SampleKind.Random).ToListAsync();
            return (p, n, s);
        });
        plan.Population.ShouldBe(answered);
        plan.RandomSize.ShouldBe(SampleSize.For(answered, 0.05, 0.95).Size);
        sampled.Count.ShouldBe(plan.RandomSize);
        plan.Strata.Sum(s => s.Allocated).ShouldBe(plan.RandomSize);
        plan.Strata.Sum(s => s.Population).ShouldBe(answered);
        foreach (var stratum in plan.Strata) sampled.Count(s => s.StratumKey == stratum.Key).ShouldBe(stratum.Allocated);
        sampled.ShouldAllBe(s => s.State == SampledCallState.Open && s.DueDate == plan.DueDate);
    }

    [Test]
    public async Task Drawing_the_same_vendor_month_again_returns_the_plan_drawn_first()
    {
        var first = await AuditDesk.DrawPlanAsync(Portal, "BLUEBAY");
        var again = await AuditDesk.DrawPlanAsync(Portal, "BLUEBAY");

        again.ShouldBe(first);
        (await Portal.QueryAsync(db => db.SamplingPlans.CountAsync(p => p.Id == first))).ShouldBe(1);
    }

    [Test]
    public async Task Calls_behind_a_finding_join_as_a_targeted_set_apart_from_the_random_sample()
    {
        var evidence = await Portal.QueryAsync(async db =>
        {
            var vendorId = await db.Vendors.Where(v => v.Code == "CEDAR").Select(v => v.Id).SingleAsync();
            var calls = await db.Calls.Where(c => c.VendorId == vendorId && c.AgentId != null && c.StartedAt >= AuditDesk.Month.StartUtc
                && c.StartedAt < AuditDesk.Month.EndUtc).OrderByDescending(c => c.Id).Select(c => c.Id).Take(8).ToListAsync();
            db.Findings.Add(new Finding(vendorId, null, FindingKinds.SystemDrop, AuditDesk.Month,
                new FindingStatistics(100, 0.1, 1e-6, 1e-5), new FindingEvidence { Summary = "planted", CallIds = calls }));
            await db.SaveChangesAsync();
            return calls;
        });
        var planId = await AuditDesk.DrawPlanAsync(Portal, "CEDAR");

        var (random, targeted) = await Portal.QueryAsync(async db => (
            await db.SampledCalls.Where(s => s.PlanId == planId && s.Kind == SampleKind.Random).Select(s => s.CallId).ToListAsync(),
            await db.SampledCalls.Where(s => s.PlanId == planId && s.Kind == SampleKind.Targeted).Select(s => s.CallId).ToListAsync()));
        var expected = evidence.Take(5).Except(random).ToList();
        targeted.ShouldBe(expected, ignoreOrder: true);
        targeted.Intersect(random).ShouldBeEmpty();
    }

    [Test]
    public async Task An_auditor_draws_a_plan_in_the_portal_and_reads_its_arithmetic()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);
        var vendorId = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "DUNMORE").Select(v => v.Id).SingleAsync());

        var response = await auditor.PostFormAsync("/audits/plans", new() { ["VendorId"] = vendorId.ToString(), ["Period"] = "2026-10", ["Margin"] = "0.1", ["Confidence"] = "0.9" }, "/audits/plans");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await auditor.Client.GetStringAsync(response.Headers.Location!.ToString());
        System.Net.WebUtility.HtmlDecode(page).ShouldContain("n0 = z²");
        page.ShouldContain("data-testid=\"strata\"");
    }

    [Test]
    public async Task A_plan_for_a_malformed_period_is_refused_with_the_field_named()
    {
        using var auditor = await Portal.Visit().SignedInAsync(Demo.Auditor);

        var response = await auditor.PostFormAsync("/audits/plans", new() { ["VendorId"] = "1", ["Period"] = "October" }, "/audits/plans");

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Period: expected YYYY-MM.");
    }

    [Test]
    public async Task Vendor_users_and_procurement_have_no_access_to_the_audit_desk()
    {
        foreach (var user in new[] { Demo.VendorUser("ATLAS"), Demo.Procurement })
        {
            using var visitor = await Portal.Visit().SignedInAsync(user);
            foreach (var path in new[] { "/audits", "/audits/plans", "/calibration" })
                (await visitor.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{user} {path}");
        }
    }
}
