using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Shared;

/// <summary>The vendors a filter can choose from, by name: those of the caller's scope, read once until one changes.</summary>
public sealed class VendorChoices(VendorAuditDbContext db, ReadCache cache)
{
    public Task<IReadOnlyList<(int Id, string Name)>> ListAsync(CancellationToken cancellationToken) =>
        cache.GetAsync<IReadOnlyList<(int Id, string Name)>>("vendor-choices", [Tables.Vendors], async ct =>
            (await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync(ct))
            .Select(v => (v.Id, v.Name)).ToList(), cancellationToken);
}
