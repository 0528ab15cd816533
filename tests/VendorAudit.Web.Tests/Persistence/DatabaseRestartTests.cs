using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;
using VendorAudit.Domain.Audits;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Web.Tests.Audits;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Persistence;

/// <summary>
/// PostgreSQL restarted under a serving portal: /health goes red and then green again, pages and scorecard
/// submissions work afterwards without restarting the portal, nothing submitted is lost, and jobs run again.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class DatabaseRestartTests
{
    [Test]
    public async Task The_portal_rides_out_a_database_restart_and_loses_no_submitted_scorecard()
    {
        await using var server = await ScratchPostgres.StartSeededAsync();
        await using var portal = Portal.On(server);
        using var probe = portal.Visit();
        using var auditor = await portal.Visit().SignedInAsync(Demo.Auditor);
        var planId = await AuditDesk.DrawPlanAsync(portal, "ATLAS");
        var before = await SubmitAsync(portal, auditor, planId);
        (await probe.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A restart between two requests: every idle connection in the pool is now dead. Twelve at once fill it first.
        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => auditor.GetAsync("/audits")));
        await server.StopAsync();
        await server.StartAsync();
        (await ProbesUntilGreenAsync(probe)).ShouldBeLessThanOrEqualTo(2, "the pool's dead connections do not keep the portal red");
        (await auditor.GetAsync("/audits")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var between = await SubmitAsync(portal, auditor, planId);

        // An outage: red while the database is down, errors rather than hangs, green again once it is back.
        await server.StopAsync();
        (await probe.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, "red while the database is down");
        (await auditor.GetAsync("/audits")).StatusCode.ShouldBe(HttpStatusCode.InternalServerError, "an error page, not a hang");
        await server.StartAsync();
        (await ProbesUntilGreenAsync(probe)).ShouldBeLessThanOrEqualTo(2, "green again without a restart of the portal");

        (await auditor.GetAsync("/audits")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await SubmitAsync(portal, auditor, planId);
        var submitted = await portal.QueryAsync(db => db.Scorecards.Where(s => s.Id == before || s.Id == between || s.Id == after).Select(s => s.Status).ToListAsync());
        submitted.ShouldBe([ScorecardStatus.Submitted, ScorecardStatus.Submitted, ScorecardStatus.Submitted]);

        var scheduler = await portal.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var vendorId = await portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());
        await DetectionJob.RequestAsync(scheduler, vendorId, [AuditDesk.Month], CancellationToken.None);
        await WaitForSuccessfulRunAsync(portal, scheduler, DetectionJob.Key);
    }

    private static async Task<int> ProbesUntilGreenAsync(Visitor probe)
    {
        for (var probes = 1; probes <= 20; probes++)
            if ((await probe.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return probes;
        Assert.Fail("/health stayed red after the database came back.");
        return 0;
    }

    private static async Task<long> SubmitAsync(Portal portal, Visitor auditor, long planId)
    {
        var scorecardId = await AuditDesk.StartScoringAsync(portal, auditor, planId);
        var version = await AuditDesk.VersionOnPageAsync(auditor, scorecardId);
        (await AuditDesk.PostScorecardAsync(auditor, scorecardId, AuditDesk.Answers(version, "submit"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return scorecardId;
    }

    private static Task WaitForSuccessfulRunAsync(Portal portal, IScheduler scheduler, JobKey job)
    {
        var history = portal.Services.GetRequiredService<IExecutionHistoryStore>();
        return Poll.UntilAsync(
            async () => (await history.QueryExecutions(new ExecutionHistoryQuery { SchedulerName = scheduler.SchedulerName, Job = job, FiredFrom = DateTimeOffset.UtcNow.AddMinutes(-5) })).Items,
            runs => runs.Any(r => r.Succeeded), TimeSpan.FromSeconds(60), _ => $"{job} did not run successfully after the restart.");
    }
}
