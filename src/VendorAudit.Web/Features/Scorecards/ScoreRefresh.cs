using Microsoft.EntityFrameworkCore;
using Quartz;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Jobs;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Scorecards;

/// <summary>A random-sample scorecard submitted or corrected by a dispute moves its period's scores: ask the cluster to recompute them.</summary>
public sealed class ScoreRefresh(VendorAuditDbContext db, ISchedulerFactory schedulers)
{
    public async Task AfterChangeAsync(Scorecard scorecard, CancellationToken cancellationToken)
    {
        if (scorecard.SampleKind != SampleKind.Random || scorecard.SampledCallId is not { } sampledId) return;
        var month = await db.SampledCalls.Where(s => s.Id == sampledId).Select(s => (DateOnly?)s.PeriodStart).SingleOrDefaultAsync(cancellationToken);
        if (month is null) return;
        await ScoresJob.RequestAsync(await schedulers.GetScheduler(cancellationToken), Period.Of(month.Value), cancellationToken);
    }
}
