using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Calibration;

public sealed record CalibrationReportModel(CalibrationSession Session, ScorecardTemplate Template, CalibrationReport Report,
    IReadOnlyList<CalibrationRating> Totals, int Scorecards);

/// <summary>
/// The agreement report of a closed session, from the submitted blind scorecards: each item as a
/// share of its scale (0–100, N/A left out) and each total, analysed by <see cref="CalibrationAnalysis"/>.
/// </summary>
public sealed class CalibrationReportQuery(VendorAuditDbContext db, TemplateCatalog templates)
{
    public async Task<CalibrationReportModel?> LoadAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == sessionId, cancellationToken);
        if (session is null || session.Status != CalibrationStatus.Closed) return null;
        var template = await templates.GetAsync(session.TemplateCode, session.TemplateVersion, cancellationToken);
        var cards = await db.Scorecards.AsNoTracking()
            .Where(s => s.CalibrationSessionId == sessionId && s.Status != ScorecardStatus.Draft).ToListAsync(cancellationToken);
        var ratings = Ratings(template, cards);
        var totals = ratings.Where(r => r.ItemId is null).ToList();
        return new CalibrationReportModel(session, template, CalibrationAnalysis.Analyse(ratings), totals, cards.Count);
    }

    public static List<CalibrationRating> Ratings(ScorecardTemplate template, IEnumerable<Scorecard> cards)
    {
        var ratings = new List<CalibrationRating>();
        foreach (var card in cards)
        {
            if (card.Total is { } total) ratings.Add(new CalibrationRating(card.AuditorId, card.CallId, null, total));
            foreach (var item in template.Items)
                if (card.Answers.For(item.Id) is { NotApplicable: false, Value: { } value })
                    ratings.Add(new CalibrationRating(card.AuditorId, card.CallId, item.Id, Math.Round(100m * value / item.Scale.Max(), 2)));
        }
        return ratings;
    }
}
