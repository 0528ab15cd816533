using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Calls;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Vendors;

public sealed record AgentSummary(int Id, string Label, string? Team, long Calls, long EndedByAgent);

public sealed record VendorDetailsModel(Vendor Vendor, Contract? Contract, IReadOnlyList<(Period Period, CallTotals Totals)> Months,
    IReadOnlyList<AgentSummary> Agents, IReadOnlyList<ImportBatch> Imports);

/// <summary>One vendor's page: contract in force, monthly KPIs, agents and imports. Null when out of scope.</summary>
public sealed class VendorDetails(VendorAuditDbContext db, CallTotalsQuery totals)
{
    public async Task<VendorDetailsModel?> LoadAsync(int vendorId, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return null;

        var contract = await db.Contracts.AsNoTracking().Where(c => c.VendorId == vendorId)
            .OrderByDescending(c => c.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);
        var months = new List<(Period, CallTotals)>();
        if (await totals.RangeAsync(vendorId, cancellationToken) is var (first, last))
            for (var p = first; p.CompareTo(last) <= 0; p = p.Next())
                months.Add((p, (await totals.PerVendorAsync(p, vendorId, cancellationToken)).GetValueOrDefault(vendorId, CallTotals.None)));

        var callsPerAgent = await db.Calls.Where(c => c.VendorId == vendorId && c.AgentId != null)
            .GroupBy(c => c.AgentId!.Value)
            .Select(g => new { AgentId = g.Key, Calls = g.LongCount(), EndedByAgent = g.LongCount(c => c.EndedBy == EndedBy.Agent) })
            .ToDictionaryAsync(x => x.AgentId, cancellationToken);
        var agents = (await db.Agents.AsNoTracking().Where(a => a.VendorId == vendorId).OrderBy(a => a.Name).ToListAsync(cancellationToken))
            .Select(a => new AgentSummary(a.Id, a.Label, a.Team,
                callsPerAgent.TryGetValue(a.Id, out var c) ? c.Calls : 0, callsPerAgent.TryGetValue(a.Id, out var e) ? e.EndedByAgent : 0))
            .ToList();
        var imports = await db.ImportBatches.AsNoTracking().Where(b => b.VendorId == vendorId)
            .OrderByDescending(b => b.ReceivedAt).Take(20).ToListAsync(cancellationToken);
        return new VendorDetailsModel(vendor, contract, months, agents, imports);
    }
}
