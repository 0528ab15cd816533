using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Scorecards;

public enum SaveStatus { Saved, Submitted, Conflict, Invalid, NotFound, Forbidden }

public sealed record SaveOutcome(SaveStatus Status, uint Version = 0, DateTimeOffset? SavedAt = null, IReadOnlyList<string>? Problems = null);

/// <summary>
/// Saves a draft or submits a scorecard. The form carries the version it was loaded at: if anyone
/// saved since, nothing is written and the caller shows both versions (optimistic concurrency on xmin).
/// </summary>
public sealed class ScorecardSaving(VendorAuditDbContext db, TemplateCatalog templates, ScoreRefresh refresh, TimeProvider clock)
{
    public async Task<SaveOutcome> SaveAsync(long scorecardId, ScorecardForm form, ScorecardViewer viewer, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        if (scorecard is null || !await viewer.MaySeeAsync(db, scorecard, cancellationToken)) return new(SaveStatus.NotFound);
        if (!viewer.MayEdit(scorecard)) return new(SaveStatus.Forbidden, Problems: ["This scorecard can no longer be edited."]);
        if (scorecard.Version != form.Version) return new(SaveStatus.Conflict, scorecard.Version);
        var template = await templates.GetAsync(scorecard.TemplateCode, scorecard.TemplateVersion, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            var answers = form.ToAnswers(template);
            var submitting = form.Action == "submit";
            var problems = submitting ? ScorecardScoring.Problems(template, answers.Items) : ScorecardScoring.DraftProblems(template, answers.Items);
            if (problems.Count > 0)
                return new(SaveStatus.Invalid, scorecard.Version, Problems: problems);
            if (submitting) scorecard.Submit(template, answers, viewer.Name, now);
            else scorecard.SaveDraft(template, answers, viewer.Name, now);
            if (submitting && scorecard.SampledCallId is { } sampledId
                && await db.SampledCalls.SingleOrDefaultAsync(s => s.Id == sampledId, cancellationToken) is { } sampled)
                sampled.MarkScored();
            await db.SaveChangesAsync(cancellationToken);
            if (submitting) await refresh.AfterChangeAsync(scorecard, cancellationToken);
            return new(submitting ? SaveStatus.Submitted : SaveStatus.Saved, scorecard.Version, now);
        }
        catch (DomainException e)
        {
            return new(SaveStatus.Invalid, scorecard.Version, Problems: [e.Message]);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: same answer as a stale version.
            return new(SaveStatus.Conflict);
        }
    }
}
