namespace VendorAudit.Web.Security;

/// <summary>Authorization policies by name; every controller names one, or is on the anonymous allowlist.</summary>
public static class Policies
{
    /// <summary>Admins, auditors and procurement: the brand's own people, who see every vendor.</summary>
    public const string BrandSide = "BrandSide";

    public const string Admin = "Admin";
}
