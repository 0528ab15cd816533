using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Security;
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
/// Everything is computed once per vendor scope (in that scope) and kept
/// <see cref="FiguresFor"/>: a month is hundreds of thousands of calls, and the home page is every
/// user's first request. One computation at a time per scope; the others wait for it.
/// </summary>
public sealed class Dashboard(VendorAuditDbContext db, CallTotalsQuery totals, IVendorScope scope, IMemoryCache cache)
{
    /// <summary>How old the home page's figures may be.</summary>
    public static readonly TimeSpan FiguresFor = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Computing = new();

    private sealed record Figures(Period? Period, IReadOnlyList<DashboardVendor> Vendors, int? Users, int Drafts, int Submitted);

    public async Task<DashboardModel> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? Roles.Vendor;
        var figures = await FiguresAsync(cancellationToken);
        return new DashboardModel(role, figures.Period, figures.Vendors, role == Roles.Admin ? figures.Users : null, figures.Drafts, figures.Submitted);
    }

    /// <summary>The cached figures of this user's vendor scope: all vendors for the brand, one vendor for its users.</summary>
    private async Task<Figures> FiguresAsync(CancellationToken cancellationToken)
    {
        var key = "dashboard:" + (scope.SeesAllVendors ? "all" : scope.VendorId?.ToString(CultureInfo.InvariantCulture) ?? "none");
        if (cache.TryGetValue(key, out Figures? figures)) return figures!;
        var gate = Computing.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out figures)) return figures!;
            figures = await ComputeAsync(cancellationToken);
            cache.Set(key, figures, FiguresFor);
            return figures;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Figures> ComputeAsync(CancellationToken cancellationToken)
    {
        var range = await totals.RangeAsync(cancellationToken: cancellationToken);
        var period = range?.Last;
        var perVendor = period is { } p ? await totals.PerVendorAsync(p, cancellationToken: cancellationToken) : new Dictionary<int, CallTotals>();
        var findings = await db.Findings.GroupBy(f => new { f.VendorId, f.Status }).Select(g => new { g.Key.VendorId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var vendors = await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Id, v.Code, v.Name }).ToListAsync(cancellationToken);
        var agents = await db.Agents.GroupBy(a => a.VendorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var contracts = await db.Contracts.ToListAsync(cancellationToken);
        var firstDay = period?.FirstDay ?? DateOnly.MaxValue;

        // Rows come from the vendors this scope may see, and every figure was read in the same scope.
        var rows = vendors.Select(v => new DashboardVendor(v.Id, v.Code, v.Name, agents.GetValueOrDefault(v.Id),
            perVendor.GetValueOrDefault(v.Id, CallTotals.None),
            contracts.Where(c => c.VendorId == v.Id && c.EffectiveFrom <= firstDay).MaxBy(c => c.EffectiveFrom)?.Targets,
            findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Open).Sum(f => f.Count),
            findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Confirmed).Sum(f => f.Count))).ToList();
        var drafts = await db.Scorecards.CountAsync(s => s.Status == ScorecardStatus.Draft, cancellationToken);
        var submitted = await db.Scorecards.CountAsync(s => s.Status != ScorecardStatus.Draft, cancellationToken);
        // Only admins see the user count, and only brand-side scopes hold admins.
        int? users = scope.SeesAllVendors ? await db.Users.CountAsync(cancellationToken) : null;
        return new Figures(period, rows, users, drafts, submitted);
    }
}
