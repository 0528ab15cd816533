using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Audits;

public sealed record PlanRequest(int VendorId, Period Period, double Margin = 0.05, double Confidence = 0.95, string? TemplateCode = null);

/// <summary>
/// Draws a vendor-month's sampling plan: answered calls stratified by agent and queue, a random
/// sample sized by <see cref="SampleSize"/>, plus the calls that back the period's findings as a
/// separate targeted set. A plan is drawn once; asking again returns it (with any new findings' calls added).
/// </summary>
public sealed class SamplingPlanner(VendorAuditDbContext db, TimeProvider clock)
{
    /// <summary>How many of a finding's supporting calls go to the auditors: enough to hear the pattern.</summary>
    public const int CallsPerFinding = 5;

    /// <summary>Auditors have this many days after the end of the month (or after the draw, if later).</summary>
    public const int DaysToAudit = 14;

    public async Task<(SamplingPlan Plan, bool Created)> CreateOrGetAsync(PlanRequest request, string by, CancellationToken cancellationToken)
    {
        if (await db.SamplingPlans.SingleOrDefaultAsync(p => p.VendorId == request.VendorId && p.PeriodStart == request.Period.FirstDay, cancellationToken) is { } existing)
        {
            await AddTargetedAsync(existing, cancellationToken);
            return (existing, false);
        }
        if (!await db.Vendors.AnyAsync(v => v.Id == request.VendorId, cancellationToken)) throw new DomainException("Unknown vendor.");
        var units = await AnsweredCallsAsync(request, cancellationToken);
        var size = SampleSize.For(units.Count, request.Margin, request.Confidence);
        var strata = StratifiedSample.Allocate(units.GroupBy(u => u.StratumKey).ToDictionary(g => g.Key, g => g.Count()), size.Size);
        var seed = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(8));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var monthEnd = request.Period.Next().FirstDay.AddDays(-1);
        var due = (today > monthEnd ? today : monthEnd).AddDays(DaysToAudit);
        var plan = new SamplingPlan(request.VendorId, request.Period, request.TemplateCode ?? TemplateCatalog.DefaultCode, size, strata, seed, due, by, clock.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SamplingPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        var byId = units.ToDictionary(u => u.CallId);
        var drawn = StratifiedSample.Draw(units.Select(u => new SamplingUnit(u.CallId, u.StratumKey)), size.Size, seed);
        db.SampledCalls.AddRange(drawn.Select(id => new SampledCall(plan, id, byId[id].AgentId, SampleKind.Random, byId[id].StratumKey)));
        await db.SaveChangesAsync(cancellationToken);
        await AddTargetedAsync(plan, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (plan, true);
    }

    /// <summary>Pulls in the supporting calls of open or confirmed findings that are not in the plan yet.</summary>
    public async Task<int> AddTargetedAsync(SamplingPlan plan, CancellationToken cancellationToken)
    {
        var findings = await db.Findings.AsNoTracking()
            .Where(f => f.VendorId == plan.VendorId && f.PeriodStart == plan.PeriodStart && f.Status != FindingStatus.Dismissed)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var inPlan = (await db.SampledCalls.Where(s => s.PlanId == plan.Id).Select(s => s.CallId).ToListAsync(cancellationToken)).ToHashSet();
        var wanted = findings.SelectMany(f => f.Evidence.CallIds.Take(CallsPerFinding).Select(c => (CallId: c, Finding: f)))
            .Where(x => inPlan.Add(x.CallId)).ToList();
        if (wanted.Count == 0) return 0;
        var ids = wanted.Select(w => w.CallId).ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => ids.Contains(c.Id) && c.VendorId == plan.VendorId)
            .Select(c => new { c.Id, c.AgentId, c.Queue, Agent = db.Agents.Where(a => a.Id == c.AgentId).Select(a => a.Name).FirstOrDefault() })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var added = wanted.Where(w => calls.ContainsKey(w.CallId))
            .Select(w => new SampledCall(plan, w.CallId, calls[w.CallId].AgentId, SampleKind.Targeted,
                StratumKey(calls[w.CallId].Agent, calls[w.CallId].Queue), w.Finding.Id)).ToList();
        db.SampledCalls.AddRange(added);
        plan.CountTargeted(added.Count);
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }

    private sealed record Unit(long CallId, int? AgentId, string StratumKey);

    private async Task<List<Unit>> AnsweredCallsAsync(PlanRequest request, CancellationToken cancellationToken)
    {
        var (start, end) = (request.Period.StartUtc, request.Period.EndUtc);
        var rows = await (from c in db.Calls.AsNoTracking()
                          join a in db.Agents on c.AgentId equals (int?)a.Id
                          where c.VendorId == request.VendorId && c.StartedAt >= start && c.StartedAt < end
                          select new { c.Id, c.AgentId, Agent = a.Name, c.Queue }).ToListAsync(cancellationToken);
        return rows.Select(r => new Unit(r.Id, r.AgentId, StratumKey(r.Agent, r.Queue))).ToList();
    }

    /// <summary>A stratum is an agent on a queue, so that every agent and every line of business is heard.</summary>
    public static string StratumKey(string? agent, string? queue) => $"{agent ?? "—"} · {queue ?? "—"}";
}
