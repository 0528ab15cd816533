namespace VendorAudit.Infrastructure.Caching;

/// <summary>The names of the tables that cached reads depend on, as the change trigger sends them.</summary>
public static class Tables
{
    public const string Vendors = "vendors";
    public const string Agents = "agents";
    public const string Contracts = "contracts";
    public const string Calls = "calls";
    public const string Findings = "findings";
    public const string VendorScores = "vendor_period_scores";
    public const string SampledCalls = "sampled_calls";
    public const string Scorecards = "scorecards";
    public const string Users = "asp_net_users";
}
