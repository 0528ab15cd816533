using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Tests.Audits;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>One vendor's audit work, made through the domain, so that the crawl has real ids of every kind to try.</summary>
public static class AuditWork
{
    public static async Task AddAsync(Portal portal, string code)
    {
        var planId = await AuditDesk.DrawPlanAsync(portal, code);
        using var system = SystemScope.Enter(); // the work of a trusted process, as the CLI and jobs do it
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        var template = await scope.ServiceProvider.GetRequiredService<TemplateCatalog>().LatestAsync(TemplateCatalog.DefaultCode, CancellationToken.None);
        var samples = await db.SampledCalls.Where(s => s.PlanId == planId).OrderBy(s => s.Id).Take(3).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var answers = new ScorecardAnswers { Items = template.Items.Select(i => new ItemAnswer { ItemId = i.Id, Value = 1 }).ToList() };

        var submitted = new Scorecard(samples[0].VendorId, samples[0].CallId, samples[0].AgentId, template, Demo.Auditor, SampleKind.Random, now, samples[0]);
        submitted.Submit(template, answers, Demo.Auditor, now);
        var disputed = new Scorecard(samples[1].VendorId, samples[1].CallId, samples[1].AgentId, template, Demo.Auditor, SampleKind.Random, now, samples[1]);
        disputed.Submit(template, answers, Demo.Auditor, now);
        var draft = new Scorecard(samples[2].VendorId, samples[2].CallId, samples[2].AgentId, template, Demo.Auditor, SampleKind.Random, now, samples[2]);
        db.Scorecards.AddRange(submitted, disputed, draft);
        var session = new CalibrationSession($"crawl {code}", template.Code, template.Version, [samples[0].CallId], [Demo.Auditor, Demo.Admin], Demo.Auditor, now);
        db.CalibrationSessions.Add(session);
        await db.SaveChangesAsync();
        db.Disputes.Add(new Dispute(disputed, [new DisputeItem { ItemId = "lang-register", Reason = "crawl" }], Demo.VendorUser(code), now, 14));
        db.Scorecards.Add(new Scorecard(samples[0].VendorId, samples[0].CallId, samples[0].AgentId, template, Demo.Auditor, SampleKind.Calibration, now, calibrationSessionId: session.Id));
        var call = await db.Calls.SingleAsync(c => c.Id == samples[0].CallId);
        db.CallTranscripts.Add(new CallTranscript(call, [new TranscriptTurn { Speaker = "agent", AtSeconds = 0, Text = $"Hello, {code} speaking." }], "crawl", now));
        await db.SaveChangesAsync();
    }

    /// <summary>The month's vendor scores, so that score pages are crawled with data behind them.</summary>
    public static async Task ScoreAsync(Portal portal)
    {
        using var system = SystemScope.Enter();
        await using var scope = portal.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VendorAudit.Infrastructure.Scoring.ScoringService>().RecomputeAsync(AuditDesk.Month);
    }

    /// <summary>A stored report per vendor (a tiny stand-in document: the crawl tests who may download it, not Chromium).</summary>
    public static async Task AddReportsAsync(Portal portal) => await portal.QueryAsync(async db =>
    {
        foreach (var vendorId in await db.Vendors.Select(v => v.Id).ToListAsync())
        {
            var report = new VendorAudit.Domain.Reports.ContractReport(vendorId, AuditDesk.Month, "en");
            report.Store("%PDF-1.4 crawl"u8.ToArray(), "crawl", "crawl", DateTimeOffset.UtcNow);
            db.Reports.Add(report);
        }
        return await db.SaveChangesAsync();
    });
}
