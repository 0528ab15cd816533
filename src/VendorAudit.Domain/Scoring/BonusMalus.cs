using System.Globalization;
using VendorAudit.Domain.Contracts;

namespace VendorAudit.Domain.Scoring;

/// <summary>
/// What a vendor earns or owes for a period under its contract's grid, each line naming its evidence, so that
/// procurement can defend every euro in the quarterly review. Percentages are worked out from the figures as
/// shown on the statement (rounded to 2 decimals), then the amount from the percentage, so each line can be
/// checked by hand; lines for a term the contract does not have (0 % per point) are left out.
/// </summary>
public static class BonusMalus
{
    public static Statement Compute(ContractTargets targets, BonusMalusGrid grid,
        double quality, double? serviceLevel, IReadOnlyCollection<ConfirmedAbuse> confirmed)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(confirmed);
        // Contract.Amend already refuses these; money is not computed from terms that could not be saved.
        var problems = targets.Problems().Concat(grid.Problems()).ToList();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        if (!(quality is >= 0 and <= 100)) throw new ArgumentOutOfRangeException(nameof(quality), quality, "Quality is 0 to 100.");
        if (serviceLevel is { } share && !(share is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(nameof(serviceLevel), share, "Service level is a share between 0 and 1.");

        var invoice = grid.MonthlyInvoice;
        var abuses = confirmed.DistinctBy(a => a.FindingId).OrderBy(a => a.FindingId).ToList();
        var findings = "findings:" + string.Join(",", abuses.Select(a => a.FindingId.ToString(CultureInfo.InvariantCulture)));
        var score = Round((decimal)quality);
        var lines = new List<StatementLine>();

        StatementLine Line(StatementLineKind kind, string description, decimal basis, decimal target, decimal points, decimal percent, string evidence) =>
            new(kind, description, (double)basis, (double)target, (double)points, percent, Round(invoice * percent / 100), evidence);

        var minimum = targets.QualityMinimum;
        if (grid.MalusPercentPerPoint > 0 && score < minimum)
        {
            var percent = Round(grid.MalusPercentPerPoint * (minimum - score));
            lines.Add(Line(StatementLineKind.QualityMalus,
                $"Quality {F(score)} under the minimum of {F(minimum)}: {PerPoint(minimum - score, grid.MalusPercentPerPoint, percent)}.",
                score, minimum, minimum - score, -percent, "score:quality"));
        }

        if (serviceLevel is { } level && grid.ServiceLevelMalusPercentPerPoint > 0)
        {
            var measured = Round((decimal)level * 100);
            var target = targets.ServiceLevelTarget * 100;
            if (measured < target)
            {
                var percent = Round(grid.ServiceLevelMalusPercentPerPoint * (target - measured));
                lines.Add(Line(StatementLineKind.ServiceLevelMalus,
                    $"Service level {F(measured)} % under the target of {F(target)} %: {PerPoint(target - measured, grid.ServiceLevelMalusPercentPerPoint, percent)}.",
                    measured, target, target - measured, -percent, "kpi:serviceLevel"));
            }
        }

        if (abuses.Count > 0 && grid.ConfirmedAbuseMalusPercent > 0)
        {
            var percent = Round(grid.ConfirmedAbuseMalusPercent * abuses.Count);
            var kinds = string.Join(", ", abuses.Select(a => a.Kind).Distinct(StringComparer.Ordinal));
            lines.Add(Line(StatementLineKind.AbuseMalus,
                $"{Abuses(abuses.Count)} ({kinds}) × {F(grid.ConfirmedAbuseMalusPercent)} % = {F(percent)} % of the invoice.",
                abuses.Count, 0, abuses.Count, -percent, findings));
        }

        var malusPercent = -lines.Sum(l => l.Percent);
        if (malusPercent > grid.MalusCapPercent)
        {
            var excess = malusPercent - grid.MalusCapPercent;
            // Given back so that the malus lines total exactly the cap's amount, whatever their rounding.
            var back = -lines.Sum(l => l.Amount) - Round(invoice * grid.MalusCapPercent / 100);
            lines.Add(Line(StatementLineKind.MalusCap,
                $"Malus of {F(malusPercent)} % capped at {F(grid.MalusCapPercent)} % of the invoice: {F(excess)} % given back.",
                malusPercent, grid.MalusCapPercent, excess, excess, "contract:malusCapPercent") with { Amount = back });
        }

        var threshold = grid.BonusThreshold;
        if (grid.BonusPercentPerPoint > 0 && score > threshold)
        {
            var percent = Round(grid.BonusPercentPerPoint * (score - threshold));
            var earned = Math.Min(percent, grid.BonusCapPercent);
            if (abuses.Count > 0)
                lines.Add(Line(StatementLineKind.BonusForfeited,
                    $"Bonus of {F(earned)} % (quality {F(score)} above the threshold of {F(threshold)}) forfeited: {Abuses(abuses.Count)}.",
                    score, threshold, score - threshold, 0, findings));
            else
            {
                var bonus = Line(StatementLineKind.QualityBonus,
                    $"Quality {F(score)} above the bonus threshold of {F(threshold)}: {PerPoint(score - threshold, grid.BonusPercentPerPoint, percent)}.",
                    score, threshold, score - threshold, percent, "score:quality");
                lines.Add(bonus);
                if (percent > grid.BonusCapPercent)
                    lines.Add(Line(StatementLineKind.BonusCap,
                        $"Bonus of {F(percent)} % capped at {F(grid.BonusCapPercent)} % of the invoice.",
                        percent, grid.BonusCapPercent, percent - grid.BonusCapPercent, grid.BonusCapPercent - percent, "contract:bonusCapPercent")
                        with { Amount = Round(invoice * grid.BonusCapPercent / 100) - bonus.Amount });
            }
        }

        return new Statement(grid.Currency, invoice, lines);
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string F(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string PerPoint(decimal points, decimal perPoint, decimal percent) =>
        $"{F(points)} points × {F(perPoint)} % = {F(percent)} % of the invoice";

    private static string Abuses(int count) => count == 1 ? "1 confirmed abuse" : $"{count} confirmed abuses";
}
