using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Disputes;

public sealed record DisputeModel(Dispute Dispute, Scorecard Scorecard, ScorecardTemplate Template, Vendor Vendor, string CallExternalId);

public sealed record DisputeOutcome(long? DisputeId, string? Problem);

/// <summary>
/// Opening and answering disputes. Vendor users can only reach scorecards of their own vendor (the
/// query filters); the window comes from the vendor's contract (14 days when none is set).
/// </summary>
public sealed class DisputeDesk(VendorAuditDbContext db, TemplateCatalog templates, Scorecards.ScoreRefresh refresh, TimeProvider clock)
{
    public const int DefaultWindowDays = 14;

    public async Task<DisputeOutcome?> OpenAsync(long scorecardId, OpenDisputeForm form, string by, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        if (scorecard is null) return null;
        var window = await db.Contracts.Where(c => c.VendorId == scorecard.VendorId).OrderByDescending(c => c.EffectiveFrom)
            .Select(c => (int?)c.DisputeWindowDays).FirstOrDefaultAsync(cancellationToken) ?? DefaultWindowDays;
        try
        {
            var dispute = new Dispute(scorecard, form.ToItems(), by, clock.GetUtcNow(), window);
            db.Disputes.Add(dispute);
            await db.SaveChangesAsync(cancellationToken);
            return new(dispute.Id, null);
        }
        catch (DomainException e) { return new(null, e.Message); }
        catch (DbUpdateException) { return new(null, "This scorecard was disputed or changed meanwhile; reload it."); }
    }

    public async Task<DisputeOutcome?> ResolveAsync(long disputeId, ResolveDisputeForm form, string by, CancellationToken cancellationToken)
    {
        var dispute = await db.Disputes.SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);
        if (dispute is null) return null;
        if (dispute.Version != form.Version) return new(disputeId, "Someone answered this dispute after you opened it; read their answer below.");
        var scorecard = await db.Scorecards.SingleAsync(s => s.Id == dispute.ScorecardId, cancellationToken);
        var template = await templates.GetAsync(scorecard.TemplateCode, scorecard.TemplateVersion, cancellationToken);
        try
        {
            dispute.Resolve(scorecard, template, form.ToRulings(dispute.Items), by, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await refresh.AfterChangeAsync(scorecard, cancellationToken);
            return new(disputeId, null);
        }
        catch (DomainException e) { return new(disputeId, e.Message); }
        catch (DbUpdateConcurrencyException) { return new(disputeId, "Someone answered this dispute at the same moment; read their answer below."); }
    }

    public async Task<DisputeModel?> LoadAsync(long disputeId, CancellationToken cancellationToken)
    {
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.Id == disputeId, cancellationToken);
        if (dispute is null) return null;
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == dispute.ScorecardId, cancellationToken);
        if (scorecard is null) return null;
        var template = await templates.GetAsync(scorecard.TemplateCode, scorecard.TemplateVersion, cancellationToken);
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == dispute.VendorId, cancellationToken);
        var call = await db.Calls.Where(c => c.Id == scorecard.CallId).Select(c => c.ExternalId).SingleAsync(cancellationToken);
        return new DisputeModel(dispute, scorecard, template, vendor, call);
    }

    public async Task<IReadOnlyList<DisputeRow>> ListAsync(DisputeStatus? status, CancellationToken cancellationToken) =>
        await (from d in db.Disputes.AsNoTracking()
               join v in db.Vendors on d.VendorId equals v.Id
               join s in db.Scorecards on d.ScorecardId equals s.Id
               join c in db.Calls on s.CallId equals c.Id
               where status == null || d.Status == status
               orderby d.Status, d.OpenedAt descending
               select new DisputeRow(d.Id, s.Id, c.ExternalId, v.Name, d.OpenedBy, d.OpenedAt, d.Status, d.TotalBefore, d.TotalAfter))
            .Take(500).ToListAsync(cancellationToken);
}

public sealed record DisputeRow(long Id, long ScorecardId, string Call, string Vendor, string OpenedBy, DateTimeOffset OpenedAt,
    DisputeStatus Status, decimal? Before, decimal? After);
