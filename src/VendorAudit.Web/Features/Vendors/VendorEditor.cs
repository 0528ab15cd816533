using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorAudit.Domain;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Vendors;

public sealed class VendorForm
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Enter the vendor's code.")]
    [RegularExpression("^[A-Za-z0-9][A-Za-z0-9-]{1,15}$", ErrorMessage = "Use 2 to 16 letters, digits or dashes.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the vendor's name."), StringLength(120)]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the country."), StringLength(60)]
    [Display(Name = "Country")]
    public string Country { get; set; } = "";
}

public sealed record VendorSaved(int VendorId, string? Problem);

/// <summary>Creates and edits vendors; the code is fixed once created, since files and URLs use it.</summary>
public sealed class VendorEditor(VendorAuditDbContext db)
{
    public async Task<VendorForm?> FormAsync(int vendorId, CancellationToken cancellationToken) =>
        await db.Vendors.Where(v => v.Id == vendorId)
            .Select(v => new VendorForm { Id = v.Id, Code = v.Code, Name = v.Name, Country = v.Country })
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<VendorSaved> CreateAsync(VendorForm form, CancellationToken cancellationToken)
    {
        try
        {
            var vendor = new Vendor(form.Code, form.Name, form.Country);
            db.Vendors.Add(vendor);
            await db.SaveChangesAsync(cancellationToken);
            return new VendorSaved(vendor.Id, null);
        }
        catch (DomainException e) { return new VendorSaved(0, e.Message); }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return new VendorSaved(0, $"A vendor with the code {form.Code.ToUpperInvariant()} already exists.");
        }
    }

    public async Task<VendorSaved?> UpdateAsync(int vendorId, VendorForm form, CancellationToken cancellationToken)
    {
        var vendor = await db.Vendors.SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return null;
        form.Code = vendor.Code;
        try
        {
            vendor.Rename(form.Name);
            vendor.MoveTo(form.Country);
            await db.SaveChangesAsync(cancellationToken);
            return new VendorSaved(vendor.Id, null);
        }
        catch (DomainException e) { return new VendorSaved(vendor.Id, e.Message); }
    }
}
