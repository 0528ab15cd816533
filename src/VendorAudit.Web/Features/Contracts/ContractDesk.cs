using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Contracts;

public sealed record ContractsModel(Vendor Vendor, IReadOnlyList<Contract> Versions);

public sealed record ContractEditModel(Vendor Vendor, ContractForm Form, IReadOnlyList<string> Problems);

/// <summary>
/// A vendor's contract versions. A new version takes effect on the 1st of a month; the scores of a
/// period use the version in force on its first day. Saving a month that already has a version amends
/// it, guarded by its concurrency token so two admins cannot overwrite each other.
/// </summary>
public sealed class ContractDesk(VendorAuditDbContext db, TimeProvider clock)
{
    public async Task<ContractsModel?> ListAsync(int vendorId, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return null;
        var versions = await db.Contracts.AsNoTracking().Where(c => c.VendorId == vendorId).OrderByDescending(c => c.EffectiveFrom).ToListAsync(cancellationToken);
        return new ContractsModel(vendor, versions);
    }

    public async Task<ContractEditModel?> FormAsync(int vendorId, string? month, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return null;
        var versions = await db.Contracts.AsNoTracking().Where(c => c.VendorId == vendorId).OrderByDescending(c => c.EffectiveFrom).ToListAsync(cancellationToken);
        if (Period.TryParse(month, out var p) && versions.FirstOrDefault(v => v.EffectiveFrom == p.FirstDay) is { } existing)
            return new ContractEditModel(vendor, ContractForm.From(existing, p.ToString(), amending: true), []);
        var next = Period.Of(clock.GetUtcNow()).Next().ToString();
        return new ContractEditModel(vendor, versions.Count > 0 ? ContractForm.From(versions[0], next, amending: false) : new ContractForm { EffectiveFrom = next }, []);
    }

    public async Task<IReadOnlyList<string>?> SaveAsync(int vendorId, ContractForm form, CancellationToken cancellationToken)
    {
        if (!await db.Vendors.AnyAsync(v => v.Id == vendorId, cancellationToken)) return null;
        if (!Period.TryParse(form.EffectiveFrom, out var month)) return ["Effective from: expected a month (YYYY-MM)."];
        var existing = await db.Contracts.SingleOrDefaultAsync(c => c.VendorId == vendorId && c.EffectiveFrom == month.FirstDay, cancellationToken);
        try
        {
            if (existing is null) db.Contracts.Add(new Contract(vendorId, month.FirstDay, form.Targets(), form.Grid(), form.DisputeWindowDays));
            else if (form.Version != existing.Version) return [$"The version from {month} was changed by someone else since you opened it; open it again."];
            else existing.Amend(form.Targets(), form.Grid(), form.DisputeWindowDays);
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DomainException e) { return e.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(m => m.TrimEnd('.') + ".").ToList(); }
        catch (DbUpdateException) { return [$"Another admin saved a version from {month} at the same moment; open it again."]; }
    }
}
