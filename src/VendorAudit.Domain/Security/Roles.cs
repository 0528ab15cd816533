namespace VendorAudit.Domain.Security;

/// <summary>The four roles of DOMAIN.md; names are stored in the database, so they never change.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Auditor = "Auditor";
    public const string Procurement = "Procurement";
    public const string Vendor = "Vendor";

    public static readonly IReadOnlyList<string> All = [Admin, Auditor, Procurement, Vendor];

    /// <summary>Roles that see every vendor; anything else is restricted to one vendor or to nothing.</summary>
    public static readonly IReadOnlyList<string> BrandSide = [Admin, Auditor, Procurement];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
