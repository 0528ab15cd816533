using VendorAudit.Domain.Contracts;

namespace VendorAudit.Web.Features.Contracts;

/// <summary>One version of a vendor's contract as an admin edits it: targets, the bonus/malus grid and the dispute window.</summary>
public sealed class ContractForm
{
    /// <summary>The month the version takes effect ("2027-01"); a version always starts on the 1st.</summary>
    public string EffectiveFrom { get; set; } = "";
    public int ServiceLevelThresholdSeconds { get; set; } = 20;
    public decimal ServiceLevelTargetPercent { get; set; } = 80;
    public int AsaTargetSeconds { get; set; } = 30;
    public decimal AbandonRateMaxPercent { get; set; } = 5;
    public int? HandleTimeCapSeconds { get; set; }
    public decimal QualityMinimum { get; set; } = 80;
    public decimal? RepeatContactMaxPercent { get; set; } = 15;
    public int DisputeWindowDays { get; set; } = 14;
    public string Currency { get; set; } = "EUR";
    public decimal MonthlyInvoice { get; set; }
    public decimal MalusPercentPerPoint { get; set; }
    public decimal MalusCapPercent { get; set; }
    public decimal BonusThreshold { get; set; } = 90;
    public decimal BonusPercentPerPoint { get; set; }
    public decimal BonusCapPercent { get; set; }
    public decimal ServiceLevelMalusPercentPerPoint { get; set; }
    public decimal ConfirmedAbuseMalusPercent { get; set; }
    /// <summary>When amending an existing version: the concurrency token it was read at.</summary>
    public uint? Version { get; set; }

    public ContractTargets Targets() => new(ServiceLevelThresholdSeconds, ServiceLevelTargetPercent / 100m, AsaTargetSeconds,
        AbandonRateMaxPercent / 100m, HandleTimeCapSeconds, QualityMinimum, RepeatContactMaxPercent / 100m);

    public BonusMalusGrid Grid() => new()
    {
        Currency = Currency.Trim().ToUpperInvariant(), MonthlyInvoice = MonthlyInvoice, MalusPercentPerPoint = MalusPercentPerPoint,
        MalusCapPercent = MalusCapPercent, BonusThreshold = BonusThreshold, BonusPercentPerPoint = BonusPercentPerPoint,
        BonusCapPercent = BonusCapPercent, ServiceLevelMalusPercentPerPoint = ServiceLevelMalusPercentPerPoint,
        ConfirmedAbuseMalusPercent = ConfirmedAbuseMalusPercent,
    };

    public static ContractForm From(Contract c, string effectiveFrom, bool amending) => new()
    {
        EffectiveFrom = effectiveFrom, ServiceLevelThresholdSeconds = c.ServiceLevelThresholdSeconds, ServiceLevelTargetPercent = c.ServiceLevelTarget * 100,
        AsaTargetSeconds = c.AsaTargetSeconds, AbandonRateMaxPercent = c.AbandonRateMax * 100, HandleTimeCapSeconds = c.HandleTimeCapSeconds,
        QualityMinimum = c.QualityMinimum, RepeatContactMaxPercent = c.RepeatContactMax * 100, DisputeWindowDays = c.DisputeWindowDays,
        Currency = c.Grid.Currency, MonthlyInvoice = c.Grid.MonthlyInvoice, MalusPercentPerPoint = c.Grid.MalusPercentPerPoint,
        MalusCapPercent = c.Grid.MalusCapPercent, BonusThreshold = c.Grid.BonusThreshold, BonusPercentPerPoint = c.Grid.BonusPercentPerPoint,
        BonusCapPercent = c.Grid.BonusCapPercent, ServiceLevelMalusPercentPerPoint = c.Grid.ServiceLevelMalusPercentPerPoint,
        ConfirmedAbuseMalusPercent = c.Grid.ConfirmedAbuseMalusPercent, Version = amending ? c.Version : null,
    };
}
