namespace VendorAudit.Domain.Contracts;

/// <summary>A vendor's contract terms from an effective date on; a new version is a new row.</summary>
public sealed class Contract
{
    private Contract() { }

    public Contract(int vendorId, DateOnly effectiveFrom, ContractTargets targets, BonusMalusGrid grid, int disputeWindowDays = 14)
    {
        VendorId = vendorId;
        EffectiveFrom = effectiveFrom;
        Amend(targets, grid, disputeWindowDays);
    }

    public int Id { get; private set; }
    public int VendorId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public int ServiceLevelThresholdSeconds { get; private set; }
    public decimal ServiceLevelTarget { get; private set; }
    public int AsaTargetSeconds { get; private set; }
    public decimal AbandonRateMax { get; private set; }
    public int? HandleTimeCapSeconds { get; private set; }
    public decimal QualityMinimum { get; private set; }
    public decimal? RepeatContactMax { get; private set; }
    public int DisputeWindowDays { get; private set; }
    public BonusMalusGrid Grid { get; private set; } = new();

    /// <summary>Concurrency token (PostgreSQL xmin): two admins editing the same contract cannot silently overwrite each other.</summary>
    public uint Version { get; private set; }

    public ContractTargets Targets => new(ServiceLevelThresholdSeconds, ServiceLevelTarget, AsaTargetSeconds,
        AbandonRateMax, HandleTimeCapSeconds, QualityMinimum, RepeatContactMax);

    public void Amend(ContractTargets targets, BonusMalusGrid grid, int disputeWindowDays)
    {
        var problems = targets.Problems().Concat(grid.Problems()).ToList();
        if (disputeWindowDays is < 1 or > 90) problems.Add("Dispute window must be 1 to 90 days.");
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        ServiceLevelThresholdSeconds = targets.ServiceLevelThresholdSeconds;
        ServiceLevelTarget = targets.ServiceLevelTarget;
        AsaTargetSeconds = targets.AsaTargetSeconds;
        AbandonRateMax = targets.AbandonRateMax;
        HandleTimeCapSeconds = targets.HandleTimeCapSeconds;
        QualityMinimum = targets.QualityMinimum;
        RepeatContactMax = targets.RepeatContactMax;
        DisputeWindowDays = disputeWindowDays;
        Grid = grid;
    }
}
