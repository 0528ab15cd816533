namespace VendorAudit.Web.Security;

/// <summary>Authorization policies by name; every endpoint names one, or is on the anonymous allowlist (a test reads the routing table).</summary>
public static class Policies
{
    /// <summary>Any of the four roles: pages everyone signed in uses, each scoping what it shows to the user's vendor.</summary>
    public const string AnyRole = "AnyRole";

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
