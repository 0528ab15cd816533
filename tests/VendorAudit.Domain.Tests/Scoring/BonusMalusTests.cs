using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class BonusMalusTests
{
    // Quality minimum 80, service level target 80 %; invoice 120,000 EUR: 1 % = 1,200 EUR.
    private static readonly ContractTargets Targets = ContractTargets.Standard;

    private static BonusMalusGrid Grid() => new()
    {
        Currency = "EUR", MonthlyInvoice = 120_000, MalusPercentPerPoint = 1.5m, MalusCapPercent = 10,
        BonusThreshold = 90, BonusPercentPerPoint = 0.5m, BonusCapPercent = 3,
        ServiceLevelMalusPercentPerPoint = 0.5m, ConfirmedAbuseMalusPercent = 2,
    };

    private static Statement Compute(double quality, double? serviceLevel, params ConfirmedAbuse[] confirmed) =>
        BonusMalus.Compute(Targets, Grid(), quality, serviceLevel, confirmed);

    [Test]
    public void Quality_under_the_minimum_costs_the_malus_per_point()
    {
        // 80 − 77.5 = 2.5 points × 1.5 % = 3.75 % × 120,000 = 4,500 owed
        var statement = Compute(77.5, 0.85);
        statement.Lines.ShouldBe([new StatementLine(StatementLineKind.QualityMalus,
            "Quality 77.5 under the minimum of 80: 2.5 points × 1.5 % = 3.75 % of the invoice.", 77.5, 80, 2.5, -3.75m, -4_500m, "score:quality")]);
        statement.Amount.ShouldBe(-4_500m);
        statement.Currency.ShouldBe("EUR");
        statement.MonthlyInvoice.ShouldBe(120_000m);
    }

    [Test]
    public void The_total_malus_is_capped_by_a_line_giving_back_the_excess()
    {
        // quality 10 points under × 1.5 % = 15 % → −18,000; service level 80 − 75 = 5 points × 0.5 % = 2.5 % → −3,000;
        // 2 confirmed abuses × 2 % = 4 % → −4,800; total 21.5 % over the 10 % cap: 11.5 % given back,
        // 25,800 − 12,000 = +13,800; the vendor owes the cap, 12,000
        var statement = Compute(70, 0.75, new(15, FindingKinds.QueueDumping, true), new(12, FindingKinds.AgentHangup, false));
        statement.Lines.Select(l => (l.Kind, l.Percent, l.Amount)).ShouldBe([
            (StatementLineKind.QualityMalus, -15m, -18_000m), (StatementLineKind.ServiceLevelMalus, -2.5m, -3_000m),
            (StatementLineKind.AbuseMalus, -4m, -4_800m), (StatementLineKind.MalusCap, 11.5m, 13_800m),
        ]);
        var cap = statement.Lines[^1];
        (cap.Basis, cap.Target, cap.Points, cap.Evidence).ShouldBe((21.5, 10.0, 11.5, "contract:malusCapPercent"));
        statement.Amount.ShouldBe(-12_000m);
    }

    [Test]
    public void A_clean_vendor_above_the_threshold_earns_the_bonus_per_point()
    {
        // 92.4 − 90 = 2.4 points × 0.5 % = 1.2 % × 120,000 = 1,440 earned; service level 85 % meets 80 %
        var statement = Compute(92.4, 0.85);
        statement.Lines.ShouldBe([new StatementLine(StatementLineKind.QualityBonus,
            "Quality 92.4 above the bonus threshold of 90: 2.4 points × 0.5 % = 1.2 % of the invoice.", 92.4, 90, 2.4, 1.2m, 1_440m, "score:quality")]);
        statement.Amount.ShouldBe(1_440m);
    }

    [Test]
    public void The_bonus_is_capped_by_a_line_taking_back_the_excess()
    {
        // 97 − 90 = 7 points × 0.5 % = 3.5 % → +4,200; cap 3 % = 3,600: −0.5 %, −600
        var statement = Compute(97, 0.9);
        statement.Lines.Select(l => (l.Kind, l.Percent, l.Amount, l.Evidence)).ShouldBe([
            (StatementLineKind.QualityBonus, 3.5m, 4_200m, "score:quality"), (StatementLineKind.BonusCap, -0.5m, -600m, "contract:bonusCapPercent"),
        ]);
        statement.Amount.ShouldBe(3_600m);
    }

    [Test]
    public void A_confirmed_abuse_forfeits_the_bonus_with_a_line_saying_why()
    {
        // quality 95 would earn 5 points × 0.5 % = 2.5 %, forfeited (amount 0); the abuse itself costs 2 % = 2,400
        var statement = Compute(95, 0.9, new ConfirmedAbuse(12, FindingKinds.HandleTimeGaming, false));
        statement.Lines.Select(l => (l.Kind, l.Amount, l.Evidence)).ShouldBe([
            (StatementLineKind.AbuseMalus, -2_400m, "findings:12"), (StatementLineKind.BonusForfeited, 0m, "findings:12"),
        ]);
        statement.Lines[1].Description.ShouldBe("Bonus of 2.5 % (quality 95 above the threshold of 90) forfeited: 1 confirmed abuse.");
        statement.Amount.ShouldBe(-2_400m);
    }

    [Test]
    public void Service_level_under_target_costs_the_malus_per_percentage_point()
    {
        // 72.34 % (0.72341 rounded as shown) under 80 %: 7.66 points × 0.5 % = 3.83 % × 120,000 = 4,596 owed
        var line = Compute(85, 0.72341).Lines.ShouldHaveSingleItem();
        line.ShouldBe(new StatementLine(StatementLineKind.ServiceLevelMalus,
            "Service level 72.34 % under the target of 80 %: 7.66 points × 0.5 % = 3.83 % of the invoice.", 72.34, 80, 7.66, -3.83m, -4_596m, "kpi:serviceLevel"));
    }

    [Test]
    public void Each_confirmed_abuse_costs_its_malus_with_the_findings_as_evidence()
    {
        // findings 5 and 3 (one vendor-wide: the malus is per finding all the same): 2 × 2 % = 4 % = 4,800; no service level measured: no line
        var line = Compute(85, null, new(5, FindingKinds.QueueDumping, true), new(3, FindingKinds.AgentHangup, false)).Lines.ShouldHaveSingleItem();
        line.ShouldBe(new StatementLine(StatementLineKind.AbuseMalus,
            "2 confirmed abuses (agent-hangup, queue-dumping) × 2 % = 4 % of the invoice.", 2, 0, 2, -4m, -4_800m, "findings:3,5"));
    }

    [Test]
    public void Percentages_are_rounded_half_away_from_zero_before_the_amount()
    {
        // 90.25 − 90 = 0.25 points × 0.5 % = 0.125 % → 0.13 % × 120,000 = 156
        var line = Compute(90.25, 0.85).Lines.ShouldHaveSingleItem();
        (line.Percent, line.Amount).ShouldBe((0.13m, 156m));
    }

    [Test]
    public void Between_the_minimum_and_the_threshold_with_targets_met_nothing_is_owed_or_earned()
    {
        Compute(85, 0.8).Lines.ShouldBeEmpty();
        Compute(85, 0.8).Amount.ShouldBe(0m);
    }

    [Test]
    public void A_term_the_contract_does_not_have_gives_no_line()
    {
        // malus 0 % per point: quality 50 costs nothing, and no zero line clutters the statement
        var grid = Grid();
        grid.MalusPercentPerPoint = 0;
        BonusMalus.Compute(Targets, grid, 50, 0.85, []).Lines.ShouldBeEmpty();
    }

    [Test]
    public void A_grid_that_a_contract_would_refuse_is_refused()
    {
        var grid = Grid();
        grid.MalusCapPercent = 150;
        Should.Throw<DomainException>(() => BonusMalus.Compute(Targets, grid, 70, 0.85, []));
    }
}
