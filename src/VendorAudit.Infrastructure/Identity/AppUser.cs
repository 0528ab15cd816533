using Microsoft.AspNetCore.Identity;

namespace VendorAudit.Infrastructure.Identity;

/// <summary>A portal user. A vendor user belongs to exactly one vendor; brand-side users to none.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public int? VendorId { get; set; }
}
