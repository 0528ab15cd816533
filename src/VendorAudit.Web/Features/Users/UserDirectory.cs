using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Users;

public sealed record UserRow(string Email, string DisplayName, string Roles, string? Vendor, bool LockedOut);

public sealed class UserForm
{
    [Required(ErrorMessage = "Enter an email."), EmailAddress(ErrorMessage = "Enter a valid email.")]
    [Display(Name = "Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the user's name."), StringLength(120)]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Required(ErrorMessage = "Choose a role.")]
    [Display(Name = "Role")]
    public string Role { get; set; } = "";

    [Display(Name = "Vendor")]
    public string? VendorCode { get; set; }

    [Required(ErrorMessage = "Enter a password."), StringLength(200, MinimumLength = 10, ErrorMessage = "Use at least 10 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string Password { get; set; } = "";

    public IReadOnlyList<(string Code, string Name)> VendorChoices { get; set; } = [];
}

/// <summary>Lists and creates users; the vendor rule lives in <see cref="UserAdministration"/>.</summary>
public sealed class UserDirectory(VendorAuditDbContext db, UserAdministration administration, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> LoadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var vendors = await db.Vendors.ToDictionaryAsync(v => v.Id, v => v.Code, cancellationToken);
        var users = await db.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        return users.Select(u => new UserRow(u.Email ?? "", u.DisplayName,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            u.VendorId is { } id ? vendors.GetValueOrDefault(id) : null,
            u.LockoutEnd is { } end && end > now)).ToList();
    }

    public async Task<IReadOnlyList<(string Code, string Name)>> VendorChoicesAsync(CancellationToken cancellationToken) =>
        (await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Code, v.Name }).ToListAsync(cancellationToken))
        .Select(v => (v.Code, v.Name)).ToList();

    public Task<IReadOnlyList<string>> CreateAsync(UserForm form) =>
        administration.CreateAsync(new NewUser(form.Email, form.DisplayName, form.Role,
            string.IsNullOrWhiteSpace(form.VendorCode) ? null : form.VendorCode, form.Password));
}
