using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Identity;

public sealed record NewUser(string Email, string DisplayName, string Role, string? VendorCode, string Password);

/// <summary>Creates users with the one rule identity does not know: vendor users belong to exactly one vendor, others to none.</summary>
public sealed class UserAdministration(UserManager<AppUser> users, RoleManager<IdentityRole> roles, VendorAuditDbContext db)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
    }

    /// <summary>Creates the user, or returns the reasons it cannot be created (each naming its field).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(NewUser request)
    {
        var problems = new List<string>();
        if (!Roles.IsKnown(request.Role)) problems.Add($"role: '{request.Role}' is not one of {string.Join(", ", Roles.All)}.");
        int? vendorId = null;
        if (request.Role == Roles.Vendor)
        {
            if (string.IsNullOrWhiteSpace(request.VendorCode)) problems.Add("vendor: a vendor user needs a vendor code.");
            else
            {
                var code = request.VendorCode.Trim().ToUpperInvariant();
                vendorId = await db.Vendors.IgnoreQueryFilters().Where(v => v.Code == code).Select(v => (int?)v.Id).SingleOrDefaultAsync();
                if (vendorId is null) problems.Add($"vendor: no vendor has the code '{request.VendorCode}'.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(request.VendorCode))
            problems.Add($"vendor: only vendor users belong to a vendor, not {request.Role} users.");
        if (problems.Count > 0) return problems;

        await EnsureRolesAsync();
        var user = new AppUser
        {
            UserName = request.Email.Trim(),
            Email = request.Email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(request.DisplayName) ? request.Email.Trim() : request.DisplayName.Trim(),
            VendorId = vendorId,
        };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded) return created.Errors.Select(e => $"{FieldOf(e.Code)}: {e.Description}").ToList();
        Check(await users.AddToRoleAsync(user, request.Role), $"role of {request.Email}");
        return [];
    }

    private static string FieldOf(string identityErrorCode) =>
        identityErrorCode.StartsWith("Password", StringComparison.Ordinal) ? "password"
        : identityErrorCode.Contains("Email", StringComparison.Ordinal) || identityErrorCode.Contains("UserName", StringComparison.Ordinal) ? "email"
        : "user";

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
