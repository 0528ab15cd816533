using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;

namespace VendorAudit.Domain.Tests.Sampling;

[TestFixture]
public sealed class SamplingPlanTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private static SamplingPlan APlan(ulong seed = 42UL) =>
        new(3, new Period(2026, 9), "hotline-quality", SampleSize.For(1200, 0.1, 0.95),
            [new Stratum("agent-7|billing", 700, 52), new Stratum("agent-8|billing", 500, 37)], seed,
            new DateOnly(2026, 10, 20), "lead-auditor", CreatedAt);

    [Test]
    public void A_plan_keeps_its_strata_and_sizes_its_random_sample_by_their_allocations()
    {
        var plan = APlan();

        plan.VendorId.ShouldBe(3);
        plan.Period.ShouldBe(new Period(2026, 9));
        plan.PeriodStart.ShouldBe(new DateOnly(2026, 9, 1));
        plan.TemplateCode.ShouldBe("hotline-quality");
        plan.RandomSize.ShouldBe(89);
        plan.TargetedSize.ShouldBe(0);
        plan.Strata.Select(s => (s.Key, s.Population, s.Allocated)).ShouldBe([("agent-7|billing", 700, 52), ("agent-8|billing", 500, 37)]);
        plan.DueDate.ShouldBe(new DateOnly(2026, 10, 20));
        plan.CreatedBy.ShouldBe("lead-auditor");
        plan.CreatedAt.ShouldBe(CreatedAt);
    }

    [Test]
    public void A_plan_recomputes_the_sample_size_calculation_it_was_made_from()
    {
        var plan = APlan();

        plan.Calculation.ShouldBe(SampleSize.For(1200, 0.1, 0.95));
        (plan.Population, plan.Margin, plan.Confidence).ShouldBe((1200, 0.1, 0.95));
    }

    [Test]
    public void A_seed_above_the_signed_range_is_kept_bit_for_bit_so_the_draw_can_be_repeated()
    {
        const ulong seed = 0xF00D_CAFE_1234_5678UL;

        var plan = APlan(seed);

        plan.Seed.ShouldBeLessThan(0);
        unchecked((ulong)plan.Seed).ShouldBe(seed);
    }

    [Test]
    public void Targeted_calls_are_counted_apart_from_the_random_sample()
    {
        var plan = APlan();

        plan.CountTargeted(3);
        plan.CountTargeted(2);

        plan.TargetedSize.ShouldBe(5);
        plan.RandomSize.ShouldBe(89);
    }
}
