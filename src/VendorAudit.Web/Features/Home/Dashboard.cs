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
/// The aggregates over calls and scorecards (a month is hundreds of thousands of calls) are computed once per
/// vendor scope and kept <see cref="FiguresFor"/> seconds, one computation at a time per scope; the
/// page's small reads (vendors, agents, contracts, users) are live.
/// </summary>
public sealed class Dashboard(VendorAuditDbContext db, CallTotalsQuery totals, IVendorScope scope, IMemoryCache cache)
{
    /// <summary>How old the home page's call and scorecard figures may be.</summary>
    public static readonly TimeSpan FiguresFor = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Computing = new();

    private sealed record Figures(Period? Period, IReadOnlyDictionary<int, CallTotals> PerVendor,
        IReadOnlyList<(int VendorId, FindingStatus Status, int Count)> Findings, int Drafts, int Submitted);

    public async Task<DashboardModel> LoadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? Roles.Vendor;
        var figures = await FiguresAsync(cancellationToken);
        var vendors = await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Id, v.Code, v.Name }).ToListAsync(cancellationToken);
        var agents = await db.Agents.GroupBy(a => a.VendorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var contracts = await db.Contracts.ToListAsync(cancellationToken);
        var firstDay = figures.Period?.FirstDay ?? DateOnly.MaxValue;

        // Rows come from the vendors this user may see; the figures were computed in the same scope anyway.
        var rows = vendors.Select(v => new DashboardVendor(v.Id, v.Code, v.Name, agents.GetValueOrDefault(v.Id),
            figures.PerVendor.GetValueOrDefault(v.Id, CallTotals.None),
            contracts.Where(c => c.VendorId == v.Id && c.EffectiveFrom <= firstDay).MaxBy(c => c.EffectiveFrom)?.Targets,
            figures.Findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Open).Sum(f => f.Count),
            figures.Findings.Where(f => f.VendorId == v.Id && f.Status == FindingStatus.Confirmed).Sum(f => f.Count))).ToList();

        int? users = role == Roles.Admin ? await db.Users.CountAsync(cancellationToken) : null;
        return new DashboardModel(role, figures.Period, rows, users, figures.Drafts, figures.Submitted);
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
        var findings = (await db.Findings.GroupBy(f => new { f.VendorId, f.Status }).Select(g => new { g.Key.VendorId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken)).Select(f => (f.VendorId, f.Status, f.Count)).ToList();
        var drafts = await db.Scorecards.CountAsync(s => s.Status == ScorecardStatus.Draft, cancellationToken);
        var submitted = await db.Scorecards.CountAsync(s => s.Status != ScorecardStatus.Draft, cancellationToken);
        return new Figures(period, perVendor, findings, drafts, submitted);
    }
}
