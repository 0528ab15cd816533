using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace VendorAudit.Infrastructure.Identity;

public static class VendorClaims
{
    /// <summary>The claim carrying a vendor user's vendor id, issued at sign-in from the user record.</summary>
    public const string VendorId = "vendoraudit:vendor_id";
    public const string DisplayName = "vendoraudit:display_name";
}

/// <summary>Adds the vendor id and display name to the sign-in cookie so the data layer can scope queries.</summary>
public sealed class VendorClaimsPrincipalFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.VendorId is { } vendorId)
            identity.AddClaim(new Claim(VendorClaims.VendorId, vendorId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(VendorClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
