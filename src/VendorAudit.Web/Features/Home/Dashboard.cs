using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Home;

public sealed record DashboardVendor(int Id, string Code, string Name, int Agents, CallTotals Totals,
    ContractTargets? Targets, int OpenFindings, int ConfirmedFindings);

public sealed record DashboardModel(string Role, Period? Period, IReadOnlyList<DashboardVendor> Vendors,
    int? Users, int DraftScorecards, int SubmittedScorecards)
{
    public long TotalCalls => Vendors.Sum(v => v.Totals.Offered);
    public int OpenFindings => Vendors.Sum(v => v.OpenFindings);
}

/// <summary>
/// Real figures for the home page: the latest month's calls and KPIs per vendor against the contract,
/// findings and audit work. A vendor user gets the same page, scoped to their vendor by the data layer.
/// </summary>
public sealed class Dashboard(VendorAuditDbContext db, CallTotalsQuery totals)
{
    public async Task<DashboardModel> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? Roles.Vendor;
        var range = await totals.RangeAsync(cancellationToken: cancellationToken);
        var period = range?.Last;
        var perVendor = period is { } p ? await totals.PerVendorAsync(p, cancellationToken: cancellationToken) : new Dictionary<int, CallTotals>();

        var vendors = await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Id, v.Code, v.Name }).ToListAsync(cancellationToken);
        var agents = await db.Agents.GroupBy(a => a.VendorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var findings = await db.Findings.GroupBy(f => new { f.VendorId, f.Status }).Select(g => new { g.Key.VendorId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var contracts = await db.Contracts.ToListAsync(cancellationToken);
        var firstDay = period?.FirstDay ?? DateOnly.MaxValue;

        var rows = vendors.Select(v => new DashboardVendor(v.Id, v.Code, v.Name, agents.GetValueOrDefault(v.Id),
            perVendor.GetValueOrDefault(v.Id, CallTotals.None),
            contracts.Where(c => c.VendorId == v.Id && c.EffectiveFrom <= firstDay).MaxBy(c => c.EffectiveFrom)?.Targets,
            findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Open).Sum(f => f.Count),
            findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Confirmed).Sum(f => f.Count))).ToList();

        int? users = role == Roles.Admin ? await db.Users.CountAsync(cancellationToken) : null;
        var drafts = await db.Scorecards.CountAsync(s => s.Status == ScorecardStatus.Draft, cancellationToken);
        var submitted = await db.Scorecards.CountAsync(s => s.Status != ScorecardStatus.Draft, cancellationToken);
        return new DashboardModel(role, period, rows, users, drafts, submitted);
    }
}
