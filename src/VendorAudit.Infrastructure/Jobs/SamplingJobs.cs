using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Jobs;

/// <summary>
/// Once a month, the sampling plan of the month just ended for every vendor that had calls in it,
/// so auditors find their queue ready. A plan already drawn (by hand) is kept and only gains new findings' calls.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlySamplingJob(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MonthlySamplingJob> logger) : IJob
{
    public static readonly JobKey Key = new("monthly-sampling", "audit");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var _ = SystemScope.Enter();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        var planner = scope.ServiceProvider.GetRequiredService<SamplingPlanner>();
        var month = Period.Of(clock.GetUtcNow()).Previous();
        var vendors = await db.Calls.Where(c => c.StartedAt >= month.StartUtc && c.StartedAt < month.EndUtc)
            .Select(c => c.VendorId).Distinct().ToListAsync(cancellationToken);
        foreach (var vendorId in vendors)
        {
            var (plan, created) = await planner.CreateOrGetAsync(new PlanRequest(vendorId, month), "system", cancellationToken);
            logger.LogInformation("Sampling plan {Plan} for vendor {Vendor} {Period}: {Random} random, {Targeted} targeted ({State})",
                plan.Id, vendorId, month, plan.RandomSize, plan.TargetedSize, created ? "drawn" : "already drawn");
        }
    }
}
