namespace VendorAudit.Domain.Contracts;

/// <summary>The operational and quality targets a vendor is paid against.</summary>
public sealed record ContractTargets(
    int ServiceLevelThresholdSeconds,
    decimal ServiceLevelTarget,
    int AsaTargetSeconds,
    decimal AbandonRateMax,
    int? HandleTimeCapSeconds,
    decimal QualityMinimum,
    decimal? RepeatContactMax)
{
    /// <summary>The classic 80/20 service level with common quality targets.</summary>
    public static ContractTargets Standard => new(20, 0.80m, 30, 0.05m, null, 80m, 0.15m);

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (ServiceLevelThresholdSeconds is < 1 or > 3600) problems.Add("Service-level threshold must be 1 to 3600 seconds.");
        if (ServiceLevelTarget is < 0 or > 1) problems.Add("Service-level target must be a share between 0 and 1.");
        if (AsaTargetSeconds is < 0 or > 3600) problems.Add("ASA target must be 0 to 3600 seconds.");
        if (AbandonRateMax is < 0 or > 1) problems.Add("Maximum abandon rate must be a share between 0 and 1.");
        if (HandleTimeCapSeconds is < 1 or > 36000) problems.Add("Handle-time cap must be 1 to 36000 seconds.");
        if (QualityMinimum is < 0 or > 100) problems.Add("Quality minimum must be 0 to 100.");
        if (RepeatContactMax is < 0 or > 1) problems.Add("Maximum repeat-contact rate must be a share between 0 and 1.");
        return problems;
    }
}
