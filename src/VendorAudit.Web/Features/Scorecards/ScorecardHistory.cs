using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Scorecards;

public sealed record RevisionChange(string ItemId, string Before, string After);

public sealed record RevisionRow(ScorecardRevision Revision, IReadOnlyList<RevisionChange> Changes);

public sealed record ScorecardHistoryModel(Scorecard Scorecard, ScorecardTemplate Template, IReadOnlyList<RevisionRow> Revisions, Dispute? Dispute);

/// <summary>
/// The trail of a scorecard: every saved revision with what changed since the previous one. The
/// vendor scope filters out draft revisions, so a vendor user's trail starts at submission.
/// </summary>
public sealed class ScorecardHistory(VendorAuditDbContext db, TemplateCatalog templates, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> localizer)
{
    public async Task<ScorecardHistoryModel?> LoadAsync(long scorecardId, ScorecardViewer viewer, CancellationToken cancellationToken)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        if (scorecard is null || !await viewer.MaySeeAsync(db, scorecard, cancellationToken)) return null;
        var template = await templates.GetAsync(scorecard.TemplateCode, scorecard.TemplateVersion, cancellationToken);
        var revisions = await db.ScorecardRevisions.AsNoTracking().Where(r => r.ScorecardId == scorecardId)
            .OrderBy(r => r.At).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var rows = new List<RevisionRow>();
        ScorecardAnswers previous = new();
        foreach (var revision in revisions)
        {
            rows.Add(new RevisionRow(revision, Changes(template, previous, revision.Answers)));
            previous = revision.Answers;
        }
        rows.Reverse();
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.ScorecardId == scorecardId, cancellationToken);
        return new ScorecardHistoryModel(scorecard, template, rows, dispute);
    }

    private List<RevisionChange> Changes(ScorecardTemplate template, ScorecardAnswers before, ScorecardAnswers after) =>
        template.Items.Select(i => new RevisionChange(i.Id, AuditLabels.Answer(i, before.For(i.Id), Localize), AuditLabels.Answer(i, after.For(i.Id), Localize)))
            .Where(c => c.Before != c.After).ToList();

    private string Localize(string key) => localizer[key].Value;
}
