using VendorAudit.Domain.Contracts;

namespace VendorAudit.Domain.Tests.Contracts;

[TestFixture]
public sealed class ContractTests
{
    private static BonusMalusGrid Grid() => new()
    {
        Currency = "EUR", MonthlyInvoice = 120_000, MalusPercentPerPoint = 1.5m, MalusCapPercent = 10,
        BonusThreshold = 90, BonusPercentPerPoint = 0.5m, BonusCapPercent = 3,
    };

    [Test]
    public void A_contract_exposes_its_targets_as_entered()
    {
        var targets = ContractTargets.Standard with { HandleTimeCapSeconds = 257 };
        var contract = new Contract(3, new DateOnly(2026, 8, 1), targets, Grid());
        contract.Targets.ShouldBe(targets);
        contract.DisputeWindowDays.ShouldBe(14);
    }

    [Test]
    public void Impossible_targets_are_refused_all_at_once_with_each_field_named()
    {
        var targets = ContractTargets.Standard with { ServiceLevelTarget = 1.2m, AbandonRateMax = -0.1m };
        var error = Should.Throw<DomainException>(() => new Contract(3, new DateOnly(2026, 8, 1), targets, Grid()));
        error.Message.ShouldContain("Service-level target");
        error.Message.ShouldContain("abandon rate");
    }

    [Test]
    public void A_grid_in_a_made_up_currency_or_with_percentages_over_100_is_refused()
    {
        var grid = Grid();
        grid.Currency = "euro";
        grid.MalusCapPercent = 150;
        grid.Problems().ShouldBe(["Currency must be an ISO 4217 code such as EUR.", "Malus cap must be a percentage between 0 and 100."]);
    }
}
