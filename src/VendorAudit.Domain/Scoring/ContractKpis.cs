using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Kpis;

namespace VendorAudit.Domain.Scoring;

/// <summary>Which side of its target a KPI must stay on.</summary>
public enum KpiDirection { AtLeast, AtMost }

/// <summary>One operational KPI against the contract, in the units it is measured in (shares 0–1, seconds).</summary>
/// <param name="Value">Null when the period has no call to measure it on.</param>
/// <param name="Target">Null when the contract sets none.</param>
public sealed record KpiResult(string Name, double? Value, double? Target, KpiDirection Direction)
{
    /// <summary>
    /// Null without a value or a target. A value exactly on target meets it; the tolerance absorbs the last bit of
    /// a ratio computed in double against a target entered as a decimal (80 / 100 against 0.80).
    /// </summary>
    public bool? Met => Value is { } value && Target is { } target
        ? Direction == KpiDirection.AtLeast ? value >= target - Tolerance : value <= target + Tolerance
        : null;

    private const double Tolerance = 1e-12;
}

/// <summary>The period's operational KPIs against the contract's targets; the names are those of the scores JSON.</summary>
public static class ContractKpis
{
    public const string ServiceLevel = "serviceLevel", Asa = "asa", AbandonRate = "abandonRate", Aht = "aht",
        RepeatContactRate = "repeatContactRate", TransferRate = "transferRate";

    /// <summary>
    /// serviceLevel ≥ target, asa ≤ target seconds, abandonRate ≤ maximum, aht ≤ the handle-time cap (no target
    /// without one: a cap is a contract choice, not a norm), repeatContactRate ≤ maximum if set, transferRate without target
    /// (it weighs on Resolution instead).
    /// </summary>
    public static IReadOnlyList<KpiResult> Assess(ContractTargets targets, CallTotals totals, double? repeatContactRate)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(totals);
        return
        [
            new(ServiceLevel, totals.ServiceLevel, (double)targets.ServiceLevelTarget, KpiDirection.AtLeast),
            new(Asa, totals.AverageSpeedOfAnswer, targets.AsaTargetSeconds, KpiDirection.AtMost),
            new(AbandonRate, totals.AbandonRate, (double)targets.AbandonRateMax, KpiDirection.AtMost),
            new(Aht, totals.AverageHandleTime, targets.HandleTimeCapSeconds, KpiDirection.AtMost),
            new(RepeatContactRate, repeatContactRate, (double?)targets.RepeatContactMax, KpiDirection.AtMost),
            new(TransferRate, totals.TransferRate, null, KpiDirection.AtMost),
        ];
    }
}
