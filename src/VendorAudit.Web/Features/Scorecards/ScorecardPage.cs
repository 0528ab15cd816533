using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Scorecards;

public sealed record ScorecardPageModel(Scorecard Scorecard, ScorecardTemplate Template, ScoreResult Score, Call Call, Vendor Vendor,
    Agent? Agent, CallTranscript? Transcript, IReadOnlyList<Finding> Findings, Dispute? Dispute, ScorecardForm Form,
    bool CanEdit, bool CanDispute, DateTimeOffset? DisputeDeadline, IReadOnlyList<string> Problems, ConflictModel? Conflict);

/// <summary>What another auditor saved while this one was editing: shown side by side, nothing lost.</summary>
public sealed record ConflictModel(string SavedBy, DateTimeOffset SavedAt, ScorecardAnswers Theirs);

/// <summary>
/// Loads a scorecard with everything an auditor needs to score the call: the call's facts and
/// transcript, the findings that cite it, and the form. Null when out of scope, or when it is
/// another auditor's calibration card in a session that is still blind.
/// </summary>
public sealed class ScorecardPage(VendorAuditDbContext db, TemplateCatalog templates, TimeProvider clock)
{
    public async Task<ScorecardPageModel?> LoadAsync(long scorecardId, ScorecardViewer viewer, CancellationToken cancellationToken,
        ScorecardForm? posted = null, IReadOnlyList<string>? problems = null, bool conflict = false)
    {
        var scorecard = await db.Scorecards.AsNoTracking().SingleOrDefaultAsync(s => s.Id == scorecardId, cancellationToken);
        if (scorecard is null || !await viewer.MaySeeAsync(db, scorecard, cancellationToken)) return null;
        var template = await templates.GetAsync(scorecard.TemplateCode, scorecard.TemplateVersion, cancellationToken);
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == scorecard.CallId, cancellationToken);
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == scorecard.VendorId, cancellationToken);
        var agent = call.AgentId is { } agentId ? await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken) : null;
        var transcript = await db.CallTranscripts.AsNoTracking().SingleOrDefaultAsync(t => t.CallId == call.Id, cancellationToken);
        var findings = await FindingsCitingAsync(call.Id, cancellationToken);
        var dispute = await db.Disputes.AsNoTracking().SingleOrDefaultAsync(d => d.ScorecardId == scorecard.Id, cancellationToken);
        var window = await db.Contracts.AsNoTracking().Where(c => c.VendorId == scorecard.VendorId)
            .OrderByDescending(c => c.EffectiveFrom).Select(c => (int?)c.DisputeWindowDays).FirstOrDefaultAsync(cancellationToken) ?? 14;
        var deadline = scorecard.SubmittedAt?.AddDays(window);
        var form = posted ?? ScorecardForm.From(scorecard);
        // Posted answers that are not even a valid draft (a value off the scale) keep the stored scores on show.
        var shown = form.ToAnswers(template).Items;
        var score = ScorecardScoring.Score(template, ScorecardScoring.DraftProblems(template, shown).Count == 0 ? shown : scorecard.Answers.Items);
        return new ScorecardPageModel(scorecard, template, score, call, vendor, agent, transcript, findings, dispute, form,
            viewer.MayEdit(scorecard), viewer.IsVendor && scorecard.Status == ScorecardStatus.Submitted && dispute is null && clock.GetUtcNow() <= deadline,
            deadline, problems ?? [], conflict ? new ConflictModel(scorecard.UpdatedBy ?? scorecard.AuditorId, scorecard.UpdatedAt, scorecard.Answers) : null);
    }

    /// <summary>Findings whose evidence cites the call (jsonb containment on the evidence's call list), in the reader's scope.</summary>
    private Task<List<Finding>> FindingsCitingAsync(long callId, CancellationToken cancellationToken)
    {
        var cited = $"[{callId}]";
        // xmin is a system column: SELECT * leaves it out, and the entity maps it as its concurrency token.
        return db.Findings.FromSql($"SELECT *, xmin FROM findings WHERE evidence -> 'CallIds' @> {cited}::jsonb")
            .AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancellationToken);
    }
}
