using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Calibration;

public sealed class SessionForm
{
    public string Name { get; set; } = "";
    public int VendorId { get; set; }
    public string Period { get; set; } = "";
    public int Calls { get; set; } = 5;
    public List<string> Auditors { get; set; } = [];
}

public sealed record SessionRow(long Id, string Name, DateTimeOffset CreatedAt, CalibrationStatus Status, int Calls, int Auditors, int Submitted);

public sealed record SessionsModel(IReadOnlyList<SessionRow> Sessions, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<string> Auditors, SessionForm Form, string? Problem);

public sealed record SessionCall(long CallId, string ExternalId, string Vendor, long? MyScorecardId, ScorecardStatus? MyStatus, int SubmittedByAll);

public sealed record SessionModel(CalibrationSession Session, IReadOnlyList<SessionCall> Calls, IReadOnlyDictionary<string, int> SubmittedByAuditor, bool IsParticipant);

/// <summary>
/// Calibration sessions: a set of calls that several auditors score blind. Calls are drawn at random
/// from a vendor-month's answered calls; the auditors are chosen among the quality team.
/// </summary>
public sealed class CalibrationDesk(VendorAuditDbContext db, UserManager<AppUser> users, TemplateCatalog templates, TimeProvider clock,
    VendorChoices vendorChoices)
{
    public async Task<SessionsModel> ListAsync(SessionForm? form, string? problem, CancellationToken cancellationToken)
    {
        var sessions = await db.CalibrationSessions.AsNoTracking().OrderByDescending(c => c.CreatedAt).Take(100)
            .Select(c => new SessionRow(c.Id, c.Name, c.CreatedAt, c.Status, c.CallIds.Count, c.Auditors.Count,
                db.Scorecards.Count(s => s.CalibrationSessionId == c.Id && s.Status != ScorecardStatus.Draft)))
            .ToListAsync(cancellationToken);
        var vendors = await vendorChoices.ListAsync(cancellationToken);
        return new SessionsModel(sessions, vendors, await AuditorsAsync(),
            form ?? new SessionForm { Period = Period.Of(clock.GetUtcNow()).Previous().ToString() }, problem);
    }

    public async Task<(long? Id, string? Problem)> CreateAsync(SessionForm form, string by, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(form.Period, out var period)) return (null, "Period: expected YYYY-MM.");
        if (form.Calls is < 1 or > 50) return (null, "Calls: choose 1 to 50.");
        var allowed = await AuditorsAsync();
        if (form.Auditors.FirstOrDefault(a => !allowed.Contains(a)) is { } stranger) return (null, $"Auditors: {stranger} is not an auditor.");
        var (start, end) = (period.StartUtc, period.EndUtc);
        // A uniform draw in PostgreSQL: calibration needs a handful of ordinary calls, not a stratified plan.
        var calls = await db.Calls.FromSql($"SELECT * FROM calls WHERE vendor_id = {form.VendorId} AND agent_id IS NOT NULL AND started_at >= {start} AND started_at < {end} ORDER BY random() LIMIT {form.Calls}")
            .Select(c => c.Id).ToListAsync(cancellationToken);
        if (calls.Count == 0) return (null, "This vendor has no answered call in that month.");
        try
        {
            var template = await templates.LatestAsync(TemplateCatalog.DefaultCode, cancellationToken);
            var session = new CalibrationSession(form.Name, template.Code, template.Version, calls, form.Auditors, by, clock.GetUtcNow());
            db.CalibrationSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            return (session.Id, null);
        }
        catch (DomainException e) { return (null, e.Message); }
    }

    public async Task<SessionModel?> LoadAsync(long sessionId, string me, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.AsNoTracking().SingleOrDefaultAsync(c => c.Id == sessionId, cancellationToken);
        if (session is null) return null;
        var cards = await db.Scorecards.AsNoTracking().Where(s => s.CalibrationSessionId == sessionId)
            .Select(s => new { s.Id, s.CallId, s.AuditorId, s.Status }).ToListAsync(cancellationToken);
        var calls = await (from c in db.Calls.AsNoTracking() join v in db.Vendors on c.VendorId equals v.Id
                           where session.CallIds.Contains(c.Id) select new { c.Id, c.ExternalId, v.Name }).ToListAsync(cancellationToken);
        var rows = calls.OrderBy(c => c.Id).Select(c =>
        {
            var mine = cards.FirstOrDefault(s => s.CallId == c.Id && s.AuditorId == me);
            return new SessionCall(c.Id, c.ExternalId, c.Name, mine?.Id, mine?.Status, cards.Count(s => s.CallId == c.Id && s.Status != ScorecardStatus.Draft));
        }).ToList();
        var submitted = session.Auditors.ToDictionary(a => a, a => cards.Count(s => s.AuditorId == a && s.Status != ScorecardStatus.Draft));
        return new SessionModel(session, rows, submitted, session.Includes(me));
    }

    /// <summary>Opens (creating if needed) the auditor's own blind scorecard for one call of the session.</summary>
    public async Task<(long? ScorecardId, string? Problem)> ScoreAsync(long sessionId, long callId, string me, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.SingleOrDefaultAsync(c => c.Id == sessionId, cancellationToken);
        if (session is null || !session.CallIds.Contains(callId)) return (null, null);
        if (!session.Includes(me)) return (null, "You are not one of this session's auditors.");
        if (await db.Scorecards.Where(s => s.CalibrationSessionId == sessionId && s.CallId == callId && s.AuditorId == me)
                .Select(s => (long?)s.Id).FirstOrDefaultAsync(cancellationToken) is { } existing) return (existing, null);
        if (session.Status == CalibrationStatus.Closed) return (null, "This session is closed.");
        var call = await db.Calls.AsNoTracking().SingleAsync(c => c.Id == callId, cancellationToken);
        var template = await templates.GetAsync(session.TemplateCode, session.TemplateVersion, cancellationToken);
        var scorecard = new Scorecard(call.VendorId, call.Id, call.AgentId, template, me, SampleKind.Calibration, clock.GetUtcNow(), calibrationSessionId: session.Id);
        db.Scorecards.Add(scorecard);
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException) { return (null, "Your scorecard for this call was created at the same moment; open it again."); }
        return (scorecard.Id, null);
    }

    public async Task<string?> CloseAsync(long sessionId, CancellationToken cancellationToken)
    {
        var session = await db.CalibrationSessions.SingleOrDefaultAsync(c => c.Id == sessionId, cancellationToken);
        if (session is null) return "Unknown session.";
        try { session.Close(clock.GetUtcNow()); await db.SaveChangesAsync(cancellationToken); return null; }
        catch (DomainException e) { return e.Message; }
    }

    private async Task<IReadOnlyList<string>> AuditorsAsync() =>
        (await users.GetUsersInRoleAsync(Roles.Auditor)).Concat(await users.GetUsersInRoleAsync(Roles.Admin))
            .Select(u => u.UserName ?? "").Where(n => n.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
}
