using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Audits;

public sealed record QueueOutcome(long? ScorecardId, string? Problem);

/// <summary>
/// Claim, release and start scoring a sampled call. Claims are optimistic: two auditors claiming the
/// same call at once cannot both win, because the row's xmin changes under the slower one.
/// </summary>
public sealed class QueueActions(VendorAuditDbContext db, TemplateCatalog templates, TimeProvider clock)
{
    public async Task<QueueOutcome?> ClaimAsync(long sampleId, string auditor, CancellationToken cancellationToken) =>
        await ChangeAsync(sampleId, s => s.Claim(auditor, clock.GetUtcNow()), cancellationToken);

    public async Task<QueueOutcome?> ReleaseAsync(long sampleId, string auditor, CancellationToken cancellationToken) =>
        await ChangeAsync(sampleId, s => s.Release(auditor), cancellationToken);

    /// <summary>Claims the call if needed and opens its scorecard (created on the plan's latest template version).</summary>
    public async Task<QueueOutcome?> ScoreAsync(long sampleId, string auditor, CancellationToken cancellationToken)
    {
        var sampled = await db.SampledCalls.SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken);
        if (sampled is null) return null;
        if (sampled.ScorecardId is { } existing) return new(existing, null);
        var plan = await db.SamplingPlans.SingleAsync(p => p.Id == sampled.PlanId, cancellationToken);
        try
        {
            sampled.Claim(auditor, clock.GetUtcNow());
            var template = await templates.LatestAsync(plan.TemplateCode, cancellationToken);
            var scorecard = new Scorecard(sampled.VendorId, sampled.CallId, sampled.AgentId, template, auditor, sampled.Kind, clock.GetUtcNow(), sampled);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Scorecards.Add(scorecard);
            await db.SaveChangesAsync(cancellationToken);
            sampled.Attach(scorecard);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(scorecard.Id, null);
        }
        catch (DomainException e) { return new(null, e.Message); }
        catch (DbUpdateException) { return new(null, "Another auditor took this call at the same moment."); }
    }

    private async Task<QueueOutcome?> ChangeAsync(long sampleId, Action<Domain.Sampling.SampledCall> change, CancellationToken cancellationToken)
    {
        var sampled = await db.SampledCalls.SingleOrDefaultAsync(s => s.Id == sampleId, cancellationToken);
        if (sampled is null) return null;
        try
        {
            change(sampled);
            await db.SaveChangesAsync(cancellationToken);
            return new(sampled.ScorecardId, null);
        }
        catch (DomainException e) { return new(null, e.Message); }
        catch (DbUpdateConcurrencyException) { return new(null, "Another auditor changed this call at the same moment; look again."); }
    }
}
