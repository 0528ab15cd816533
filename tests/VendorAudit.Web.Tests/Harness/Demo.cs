namespace VendorAudit.Web.Tests.Harness;

/// <summary>The demo logins the seeder creates.</summary>
public static class Demo
{
    public const string Admin = "admin@vendoraudit.test";
    public const string Auditor = "auditor@vendoraudit.test";
    public const string SecondAuditor = "auditor2@vendoraudit.test";
    public const string Procurement = "procurement@vendoraudit.test";

    public static string VendorUser(string code) => $"{code.ToLowerInvariant()}@vendoraudit.test";
}
