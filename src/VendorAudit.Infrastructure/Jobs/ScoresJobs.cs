using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>Recomputes every vendor's scores for one period (the batch is the whole period: the ranking needs them all).</summary>
[DisallowConcurrentExecution]
public sealed class ScoresJob(IServiceScopeFactory scopes, ILogger<ScoresJob> logger) : IJob
{
    public static readonly JobKey Key = new("scores-period", "scores");
    public const string Period = "period";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        var period = Domain.Periods.Period.Parse(context.MergedJobDataMap.GetString(Period)!);
        var summary = await scope.ServiceProvider.GetRequiredService<ScoringService>().RecomputeAsync(period, cancellationToken);
        logger.LogInformation("Scores {Period}: {Vendors} vendors from {Scorecards} random-sample scorecards", summary.Period, summary.Vendors, summary.Scorecards);
        await ReportJob.RequestAsync(context.Scheduler, period, cancellationToken); // new scores, so the reports printed from them
    }

    /// <summary>Asks the cluster to recompute a period, after scoring, a dispute's outcome or detection changed it.</summary>
    public static async Task RequestAsync(IScheduler scheduler, Period period, CancellationToken cancellationToken) =>
        await scheduler.TriggerJob(Key, new JobDataMap { [Period] = period.ToString() }, cancellationToken);
}

/// <summary>Every night, the three latest periods again: late calls, decisions on findings and disputes all move scores.</summary>
[DisallowConcurrentExecution]
public sealed class NightlyScoresJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("nightly-scores", "scores");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        foreach (var period in await scope.ServiceProvider.GetRequiredService<ScoringService>().PeriodsWithCallsAsync(3, cancellationToken))
            await ScoresJob.RequestAsync(context.Scheduler, period, cancellationToken);
    }
}
