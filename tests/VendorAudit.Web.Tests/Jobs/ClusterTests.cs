using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Extensibility;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Jobs;

/// <summary>Two portal instances, one database: the clustered job store hands each firing to exactly one of them.</summary>
[TestFixture, NonParallelizable]
public sealed class ClusterTests
{
    [Test]
    public async Task Two_instances_on_one_database_run_each_job_exactly_once()
    {
        await using var first = await Portal.StartAsync();
        await using var second = Portal.SecondInstanceOf(first);
        var schedulerA = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var schedulerB = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        schedulerA.SchedulerInstanceId.ShouldNotBe(schedulerB.SchedulerInstanceId);
        var vendors = await first.QueryAsync(db => Task.FromResult(db.Vendors.Select(v => v.Id).ToList()));

        const int firings = 12;
        for (var i = 0; i < firings; i++)
            await DetectionJob.RequestAsync(i % 2 == 0 ? schedulerA : schedulerB, vendors[i % vendors.Count], [new Period(2026, 8 + i % 3)], CancellationToken.None);

        var history = first.Services.GetRequiredService<IExecutionHistoryStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        IReadOnlyList<ExecutionHistoryEntry> runs;
        do
        {
            await Task.Delay(300);
            var page = await history.QueryExecutions(new ExecutionHistoryQuery
            {
                SchedulerName = schedulerA.SchedulerName, Job = DetectionJob.Key, FiredFrom = DateTimeOffset.UtcNow.AddMinutes(-5),
            });
            runs = page.Items;
        } while (runs.Count < firings && DateTime.UtcNow < deadline);
        await Task.Delay(1000); // a double run would show up now

        var final = (await history.QueryExecutions(new ExecutionHistoryQuery
        {
            SchedulerName = schedulerA.SchedulerName, Job = DetectionJob.Key, FiredFrom = DateTimeOffset.UtcNow.AddMinutes(-5),
        })).Items;
        final.Count.ShouldBe(firings);
        final.Select(r => r.FireInstanceId).Distinct().Count().ShouldBe(firings);
        final.ShouldAllBe(r => r.Succeeded);
    }
}
