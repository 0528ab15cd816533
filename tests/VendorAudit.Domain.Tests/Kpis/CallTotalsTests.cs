using VendorAudit.Domain.Kpis;

namespace VendorAudit.Domain.Tests.Kpis;

[TestFixture]
public sealed class CallTotalsTests
{
    // 100 offered: 80 answered (60 within threshold), 15 abandoned of which 5 short, 5 cut off by the system,
    // 8 transferred; answered calls waited 1,600 s and took 24,000 s of handle time in all.
    private static readonly CallTotals Month = new(Offered: 100, Answered: 80, AnsweredWithinThreshold: 60, Abandoned: 15,
        ShortAbandons: 5, SystemDrops: 5, Transferred: 8, TotalWaitOfAnsweredSeconds: 1_600, TotalHandleOfAnsweredSeconds: 24_000);

    [Test]
    public void Service_level_leaves_short_abandons_out_and_counts_other_abandons_against_it()
    {
        Month.ServiceLevelBase.ShouldBe(95);
        Month.ServiceLevel!.Value.ShouldBe(60.0 / 95, 1e-12);
    }

    [Test]
    public void Average_speed_of_answer_is_the_wait_of_answered_calls_per_answered_call()
    {
        Month.AverageSpeedOfAnswer.ShouldBe(20.0);
    }

    [Test]
    public void Abandon_rate_is_over_offered_calls_and_handle_time_over_answered_ones()
    {
        Month.AbandonRate.ShouldBe(0.15);
        Month.AverageHandleTime.ShouldBe(300.0);
        Month.TransferRate.ShouldBe(0.1);
        Month.SystemDropRate.ShouldBe(0.05);
    }

    [Test]
    public void Without_calls_there_is_no_kpi_rather_than_a_zero()
    {
        CallTotals.None.ServiceLevel.ShouldBeNull();
        CallTotals.None.AverageSpeedOfAnswer.ShouldBeNull();
        CallTotals.None.AbandonRate.ShouldBeNull();
    }
}
