using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Vendors;

public sealed record VendorListItem(int Id, string Code, string Name, string Country, int Agents, long Calls);

/// <summary>The vendors in the caller's scope with their size.</summary>
public sealed class VendorList(VendorAuditDbContext db)
{
    public async Task<IReadOnlyList<VendorListItem>> LoadAsync(CancellationToken cancellationToken)
    {
        var agents = await db.Agents.GroupBy(a => a.VendorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var calls = await db.Calls.GroupBy(c => c.VendorId).Select(g => new { g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var vendors = await db.Vendors.OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return vendors.Select(v => new VendorListItem(v.Id, v.Code, v.Name, v.Country,
            agents.GetValueOrDefault(v.Id), calls.GetValueOrDefault(v.Id))).ToList();
    }
}
