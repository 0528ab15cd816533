using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>Detection for one vendor's period (a batch of calls, never one call); triggered after an import.</summary>
[DisallowConcurrentExecution]
public sealed class DetectionJob(IServiceScopeFactory scopes, ILogger<DetectionJob> logger) : IJob
{
    public static readonly JobKey Key = new("detect-vendor-period", "detection");
    public const string VendorId = "vendorId";
    public const string Period = "period";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        var data = context.MergedJobDataMap;
        await using var scope = scopes.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<DetectionService>()
            .DetectAsync(data.GetInt(VendorId), Domain.Periods.Period.Parse(data.GetString(Period)!), cancellationToken);
        // A plan already drawn for the month takes the calls of new findings into its targeted set.
        var db = scope.ServiceProvider.GetRequiredService<Persistence.VendorAuditDbContext>();
        var period = Domain.Periods.Period.Parse(data.GetString(Period)!).FirstDay;
        if (await db.SamplingPlans.SingleOrDefaultAsync(p => p.VendorId == data.GetInt(VendorId) && p.PeriodStart == period, cancellationToken) is { } plan)
            await scope.ServiceProvider.GetRequiredService<Audits.SamplingPlanner>().AddTargetedAsync(plan, cancellationToken);
        await ScoresJob.RequestAsync(context.Scheduler, Domain.Periods.Period.Of(period), cancellationToken);
        logger.LogInformation("Detection {Vendor} {Period}: {Findings} findings ({New} new, {Withdrawn} withdrawn) over {Calls} calls",
            summary.Vendor, summary.Period, summary.Findings, summary.New, summary.Withdrawn, summary.Calls);
    }

    /// <summary>Asks the cluster to run detection for these months of a vendor.</summary>
    public static async Task RequestAsync(IScheduler scheduler, int vendorId, IEnumerable<Period> periods, CancellationToken cancellationToken)
    {
        foreach (var period in periods)
            await scheduler.TriggerJob(Key, new JobDataMap { [VendorId] = vendorId, [Period] = period.ToString() }, cancellationToken);
    }
}

/// <summary>Every night, detection again over each vendor's two latest months: late records and callbacks change the picture.</summary>
[DisallowConcurrentExecution]
public sealed class NightlyDetectionJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("nightly-detection", "detection");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        var work = await scope.ServiceProvider.GetRequiredService<DetectionService>().RecentWorkAsync(2, cancellationToken);
        foreach (var group in work.GroupBy(w => w.VendorId))
            await DetectionJob.RequestAsync(context.Scheduler, group.Key, group.Select(w => w.Period), cancellationToken);
    }
}
