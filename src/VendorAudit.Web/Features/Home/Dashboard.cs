using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;

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
/// A month is hundreds of thousands of calls and the home page is every user's first request, so the
/// figures are read once per vendor scope (<see cref="ReadCache"/>) and kept until what they sum changes:
/// the call totals until an import (or a contract), the work counts until a finding or a scorecard.
/// </summary>
public sealed class Dashboard(VendorAuditDbContext db, CallTotalsQuery totals, IVendorScope scope, ReadCache cache)
{
    private sealed record CallFigures(Period? Period, IReadOnlyDictionary<int, CallTotals> PerVendor);

    private sealed record VendorRow(int Id, string Code, string Name);

    private sealed record FindingCount(int VendorId, FindingStatus Status, int Count);

    private sealed record WorkFigures(IReadOnlyList<VendorRow> Vendors, IReadOnlyDictionary<int, int> Agents, IReadOnlyList<FindingCount> Findings,
        IReadOnlyList<Contract> Contracts, int? Users, int Drafts, int Submitted);

    public async Task<DashboardModel> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? Roles.Vendor;
        var calls = await cache.GetAsync("home-calls", [Tables.Calls, Tables.Contracts], ReadCallsAsync, cancellationToken);
        var work = await cache.GetAsync("home-work", [Tables.Vendors, Tables.Agents, Tables.Contracts, Tables.Findings, Tables.Scorecards, Tables.Users],
            ReadWorkAsync, cancellationToken);
        var firstDay = calls.Period?.FirstDay ?? DateOnly.MaxValue;

        // Rows come from the vendors this scope may see, and every figure was read in the same scope.
        var rows = work.Vendors.Select(v => new DashboardVendor(v.Id, v.Code, v.Name, work.Agents.GetValueOrDefault(v.Id),
            calls.PerVendor.GetValueOrDefault(v.Id, CallTotals.None),
            work.Contracts.Where(c => c.VendorId == v.Id && c.EffectiveFrom <= firstDay).MaxBy(c => c.EffectiveFrom)?.Targets,
            work.Findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Open).Sum(f => f.Count),
            work.Findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Confirmed).Sum(f => f.Count))).ToList();
        return new DashboardModel(role, calls.Period, rows, role == Roles.Admin ? work.Users : null, work.Drafts, work.Submitted);
    }

    private async Task<CallFigures> ReadCallsAsync(CancellationToken cancellationToken)
    {
        var range = await totals.RangeAsync(cancellationToken: cancellationToken);
        var period = range?.Last;
        var perVendor = period is { } p ? await totals.PerVendorAsync(p, cancellationToken: cancellationToken) : new Dictionary<int, CallTotals>();
        return new CallFigures(period, perVendor);
    }

    private async Task<WorkFigures> ReadWorkAsync(CancellationToken cancellationToken)
    {
        var findings = await db.Findings.GroupBy(f => new { f.VendorId, f.Status }).Select(g => new FindingCount(g.Key.VendorId, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        var vendors = await db.Vendors.OrderBy(v => v.Name).Select(v => new VendorRow(v.Id, v.Code, v.Name)).ToListAsync(cancellationToken);
        var agents = await db.Agents.GroupBy(a => a.VendorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var contracts = await db.Contracts.AsNoTracking().ToListAsync(cancellationToken);
        var drafts = await db.Scorecards.CountAsync(s => s.Status == ScorecardStatus.Draft, cancellationToken);
        var submitted = await db.Scorecards.CountAsync(s => s.Status != ScorecardStatus.Draft, cancellationToken);
        // Only admins see the user count, and only brand-side scopes hold admins.
        int? users = scope.SeesAllVendors ? await db.Users.CountAsync(cancellationToken) : null;
        return new WorkFigures(vendors, agents, findings, contracts, users, drafts, submitted);
    }
}
