using Quartz;
using Quartz.Extensibility;

namespace VendorAudit.Web.Features.Jobs;

public sealed record ScheduledJob(string Group, string Name, string? Description, IReadOnlyList<(string Trigger, DateTimeOffset? Next, DateTimeOffset? Previous)> Triggers)
{
    /// <summary>Jobs on a schedule take no input, so they can be started by hand; others (an upload's import) cannot.</summary>
    public bool RunnableOnDemand => Triggers.Count > 0;
}

public sealed record RunningJob(string Group, string Name, DateTimeOffset FiredAt, string Instance);

public sealed record JobRun(string Group, string Name, DateTimeOffset FiredAt, TimeSpan Duration, bool Succeeded, string? Error, string Instance);

public sealed record JobBoardModel(IReadOnlyList<ScheduledJob> Jobs, IReadOnlyList<RunningJob> Running, IReadOnlyList<JobRun> Recent);

/// <summary>Reads the clustered scheduler and its execution history (kept in PostgreSQL, shared by every instance).</summary>
public sealed class JobBoard(ISchedulerFactory schedulers, IExecutionHistoryStore history, TimeProvider clock)
{
    private const int RecentRuns = 50;

    public async Task<JobBoardModel> LoadAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var jobs = new List<ScheduledJob>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.Group).ThenBy(k => k.Name))
        {
            var detail = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = (await scheduler.GetTriggersOfJob(key, cancellationToken))
                .Select(t => (t.Key.ToString(), t.NextFireTimeUtc, t.PreviousFireTimeUtc)).ToList();
            jobs.Add(new ScheduledJob(key.Group, key.Name, detail?.Description, triggers));
        }
        // Fired-trigger records live in the job store, so this lists what runs anywhere in the cluster.
        var running = (await scheduler.QueryFireInstances(new FireInstanceQuery(), cancellationToken)).Items
            .Where(f => f.JobKey is not null)
            .Select(f => new RunningJob(f.JobKey!.Group, f.JobKey.Name, f.FireTimeUtc, f.SchedulerInstanceId)).ToList();
        var page = await history.QueryExecutions(new ExecutionHistoryQuery
        {
            SchedulerName = scheduler.SchedulerName,
            FiredFrom = clock.GetUtcNow().AddDays(-7),
        }, cancellationToken);
        var recent = page.Items.Take(RecentRuns)
            .Select(e => new JobRun(e.JobGroup, e.JobName, e.FiredAtUtc, e.Duration, e.Succeeded, e.ExceptionMessage, e.SchedulerInstanceId)).ToList();
        return new JobBoardModel(jobs, running, recent);
    }

    public async Task<bool> RunNowAsync(string group, string name, string by, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(name, group);
        if ((await scheduler.GetTriggersOfJob(key, cancellationToken)).Count == 0) return false;
        await scheduler.TriggerJob(key, new JobDataMap { ["requestedBy"] = by }, cancellationToken);
        return true;
    }
}
