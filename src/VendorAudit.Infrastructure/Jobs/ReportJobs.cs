using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>Renders every scored vendor's contract-review report for one period, after its scores or on demand.</summary>
[DisallowConcurrentExecution]
public sealed class ReportJob(IServiceScopeFactory scopes, ILogger<ReportJob> logger) : IJob
{
    public static readonly JobKey Key = new("reports-period", "reports");
    public const string Period = "period", Languages = "languages", RequestedBy = "requestedBy";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        var data = context.MergedJobDataMap;
        var period = Domain.Periods.Period.Parse(data.GetString(Period)!);
        var by = data.GetString(RequestedBy) is { Length: > 0 } who ? who : "system";
        var service = scope.ServiceProvider.GetRequiredService<ReportService>();
        foreach (var language in (data.GetString(Languages) ?? "en").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var count = await service.RenderPeriodAsync(period, language, by, cancellationToken);
            logger.LogInformation("Reports {Period} ({Language}): {Count} vendors rendered", period, language, count);
        }
    }

    /// <summary>Asks the cluster to render a period's reports (by default in English; <paramref name="languages"/> as "en,fr").</summary>
    public static async Task RequestAsync(IScheduler scheduler, Period period, CancellationToken cancellationToken, string languages = "en", string requestedBy = "system") =>
        await scheduler.TriggerJob(Key, new JobDataMap { [Period] = period.ToString(), [Languages] = languages, [RequestedBy] = requestedBy }, cancellationToken);
}
