namespace VendorAudit.Web.Security;

/// <summary>Authorization policies by name; every controller names one, or is on the anonymous allowlist.</summary>
public static class Policies
{
    /// <summary>Admins, auditors and procurement: the brand's own people, who see every vendor.</summary>
    public const string BrandSide = "BrandSide";

    public const string Admin = "Admin";

    /// <summary>Who decides on findings and scorecards: the quality team (and admins).</summary>
    public const string Auditors = "Auditors";

    /// <summary>Who may send call files: admins and auditors for any vendor, vendor users for their own.</summary>
    public const string Uploaders = "Uploaders";

    /// <summary>The outsourcer's own users: they dispute scorecards of their vendor.</summary>
    public const string VendorUsers = "VendorUsers";
}
