using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Seed;

namespace VendorAudit.Infrastructure.Seeding;

public sealed record DemoAuditResult(int Plans, int Scorecards);

/// <summary>
/// The demo's audit work: every vendor-month's sampling plan, the random samples of past months
/// scored by the two demo auditors, and a quarter of the latest month's, so the queue has work left;
/// past months' findings confirmed, so that the statements show what confirmed abuse costs.
/// </summary>
public sealed class DemoAudits(VendorAuditDbContext db, SamplingPlanner planner, TemplateCatalog templates, TimeProvider clock)
{
    private static readonly string[] Auditors = [$"auditor@{DemoSeeder.DemoDomain}", $"auditor2@{DemoSeeder.DemoDomain}"];

    public async Task<DemoAuditResult> SeedAsync(DemoOptions options, CancellationToken cancellationToken = default)
    {
        var template = await templates.LatestAsync(TemplateCatalog.DefaultCode, cancellationToken);
        var vendors = await db.Vendors.AsNoTracking().OrderBy(v => v.Code).Select(v => new { v.Id, v.Code }).ToListAsync(cancellationToken);
        var (plans, scorecards) = (0, 0);
        var month = options.FirstPeriod;
        for (var i = 0; i < options.Months; i++, month = month.Next())
        {
            var latest = i == options.Months - 1;
            foreach (var vendor in vendors)
            {
                var (plan, _) = await planner.CreateOrGetAsync(new PlanRequest(vendor.Id, month), "demo", cancellationToken);
                plans++;
                scorecards += await ScoreAsync(plan, vendor.Code, template, month, latest ? 4 : 1, cancellationToken);
                if (!latest) await ConfirmFindingsAsync(vendor.Id, month, cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        return new DemoAuditResult(plans, scorecards);
    }

    /// <summary>Scores every <paramref name="oneIn"/>-th random call of the plan that has no scorecard yet.</summary>
    private async Task<int> ScoreAsync(SamplingPlan plan, string code, Domain.Scorecards.ScorecardTemplate template, Period month, int oneIn, CancellationToken cancellationToken)
    {
        var sampled = await db.SampledCalls.Where(s => s.PlanId == plan.Id && s.Kind == SampleKind.Random && s.ScorecardId == null)
            .OrderBy(s => s.Id).ToListAsync(cancellationToken);
        var chosen = sampled.Where((_, index) => index % oneIn == 0).ToList();
        var ids = chosen.Select(s => s.CallId).ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.AgentId, c.EndedBy, c.TalkSeconds }).ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var cards = new List<(SampledCall Sampled, Scorecard Card)>();
        foreach (var (s, index) in chosen.Select((s, index) => (s, index)))
        {
            var call = calls[s.CallId];
            var auditor = Auditors[index % Auditors.Length];
            var at = Min(now, month.EndUtc.AddDays(2).AddMinutes(7 * index));
            var card = new Scorecard(s.VendorId, s.CallId, s.AgentId, template, auditor, SampleKind.Random, at, s);
            card.Submit(template, DemoAuditing.Answer(template, code, new HeardCall(call.Id, call.AgentId ?? 0, call.EndedBy == EndedBy.Agent, call.TalkSeconds)), auditor, at.AddMinutes(6));
            s.Claim(auditor, at);
            cards.Add((s, card));
        }
        db.Scorecards.AddRange(cards.Select(c => c.Card));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (s, card) in cards) { s.Attach(card); s.MarkScored(); }
        await db.SaveChangesAsync(cancellationToken);
        return cards.Count;
    }

    /// <summary>The demo's findings are the planted abuses: the past months' are confirmed, the latest month's left to review.</summary>
    private async Task ConfirmFindingsAsync(int vendorId, Period month, CancellationToken cancellationToken)
    {
        var findings = await db.Findings.Where(f => f.VendorId == vendorId && f.PeriodStart == month.FirstDay && f.Status == Domain.Findings.FindingStatus.Open)
            .ToListAsync(cancellationToken);
        foreach (var finding in findings)
            finding.Confirm(Auditors[0], "Listened to the supporting calls: the pattern is there.", Min(clock.GetUtcNow(), month.EndUtc.AddDays(5)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
