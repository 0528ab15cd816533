using System.Globalization;
using System.Security.Claims;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Web.Security;

/// <summary>
/// The signed-in user's scope, failing closed: brand-side roles see every vendor, a vendor user only
/// the vendor in their cookie, and anyone else (anonymous, a vendor user without a vendor) nothing.
/// </summary>
public sealed class HttpVendorScope(IHttpContextAccessor accessor) : IVendorScope
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User;

    /// <summary>Outside a request only a background job that entered the system scope sees anything.</summary>
    public bool SeesAllVendors => accessor.HttpContext is null
        ? SystemScope.IsActive
        : User is { } user && Roles.BrandSide.Any(user.IsInRole);

    public int? VendorId =>
        User?.FindFirst(VendorClaims.VendorId)?.Value is { } value && User.IsInRole(Roles.Vendor)
            && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
