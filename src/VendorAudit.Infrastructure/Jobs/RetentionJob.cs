using Microsoft.Extensions.DependencyInjection;
using Quartz;
using VendorAudit.Infrastructure.Privacy;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>Anonymises the call data older than the retention period (every night; a run with nothing left to do changes nothing).</summary>
[DisallowConcurrentExecution]
public sealed class RetentionJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("retention", "privacy");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync(cancellationToken);
    }
}
