using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Kpis;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Tests.Scoring;

[TestFixture]
public sealed class ContractKpisTests
{
    // As in CallTotalsTests: service level 60/95 = 63.2 %, ASA 1600/80 = 20 s, abandon 15/100, AHT 24000/80 = 300 s, transfers 8/80.
    private static readonly CallTotals Month = new(Offered: 100, Answered: 80, AnsweredWithinThreshold: 60, Abandoned: 15,
        ShortAbandons: 5, SystemDrops: 5, Transferred: 8, TotalWaitOfAnsweredSeconds: 1_600, TotalHandleOfAnsweredSeconds: 24_000);

    [Test]
    public void Each_kpi_is_met_or_not_against_its_contract_target()
    {
        // 63.2 % < 80 % unmet; 20 s ≤ 30 s met; 15 % > 5 % unmet; 300 s > cap 257 s unmet; repeats 12 % ≤ 15 % met; transfers no target
        var kpis = ContractKpis.Assess(ContractTargets.Standard with { HandleTimeCapSeconds = 257 }, Month, 0.12);
        kpis.Select(k => (k.Name, k.Target, k.Direction, k.Met)).ShouldBe([
            ("serviceLevel", 0.8, KpiDirection.AtLeast, false), ("asa", 30.0, KpiDirection.AtMost, true),
            ("abandonRate", 0.05, KpiDirection.AtMost, false), ("aht", 257.0, KpiDirection.AtMost, false),
            ("repeatContactRate", 0.15, KpiDirection.AtMost, true), ("transferRate", null, KpiDirection.AtMost, null),
        ]);
        kpis.Select(k => k.Value).ShouldBe([60.0 / 95, 20, 0.15, 300, 0.12, 0.1]);
    }

    [Test]
    public void Aht_without_a_handle_time_cap_has_no_target()
    {
        var aht = ContractKpis.Assess(ContractTargets.Standard, Month, 0.12).Single(k => k.Name == ContractKpis.Aht);
        (aht.Value, aht.Target, aht.Met).ShouldBe((300.0, (double?)null, (bool?)null));
    }

    [Test]
    public void A_kpi_exactly_on_target_is_met()
    {
        // 70 of 100 within 20 s against a 70 % target; abandons 5 of 100 against a 5 % maximum; repeats 15 % against 15 %
        var totals = new CallTotals(100, 90, 70, 5, 0, 0, 0, 2_700, 27_000);
        var kpis = ContractKpis.Assess(ContractTargets.Standard with { ServiceLevelTarget = 0.70m }, totals, 0.15);
        kpis.Where(k => k.Name is "serviceLevel" or "abandonRate" or "repeatContactRate").Select(k => k.Met).ShouldBe([true, true, true]);
    }

    [Test]
    public void Without_calls_or_a_repeat_maximum_there_is_no_verdict()
    {
        var kpis = ContractKpis.Assess(ContractTargets.Standard with { RepeatContactMax = null }, CallTotals.None, 0.2);
        kpis.Select(k => k.Met).ShouldAllBe(met => met == null);
    }
}
