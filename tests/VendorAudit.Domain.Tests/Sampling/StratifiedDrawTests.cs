using VendorAudit.Domain.Sampling;

namespace VendorAudit.Domain.Tests.Sampling;

[TestFixture]
public sealed class StratifiedDrawTests
{
    // Agent a has calls 1–60, agent b 101–125, agent c 201–215: a size of 7 allocates 4.2, 1.75, 1.05 → 4, 2, 1.
    private static readonly SamplingUnit[] ThreeAgents =
    [
        .. Calls("a", 1, 60), .. Calls("b", 101, 25), .. Calls("c", 201, 15),
    ];

    [Test]
    public void Each_stratum_gives_its_allocation_and_the_calls_come_back_sorted_and_distinct()
    {
        var drawn = StratifiedSample.Draw(ThreeAgents, 7, seed: 2026);

        drawn.Count(id => id <= 60).ShouldBe(4);
        drawn.Count(id => id is > 100 and <= 125).ShouldBe(2);
        drawn.Count(id => id > 200).ShouldBe(1);
        drawn.ShouldBe(drawn.Order().Distinct().ToList());
    }

    [Test]
    public void The_same_units_and_seed_give_the_same_calls_in_whatever_order_the_units_come()
    {
        var first = StratifiedSample.Draw(ThreeAgents, 12, seed: 7);

        StratifiedSample.Draw(ThreeAgents, 12, seed: 7).ShouldBe(first);
        StratifiedSample.Draw(ThreeAgents.Reverse(), 12, seed: 7).ShouldBe(first);
        StratifiedSample.Draw(ThreeAgents.OrderBy(u => u.CallId % 7).ThenByDescending(u => u.CallId), 12, seed: 7).ShouldBe(first);
    }

    [Test]
    public void Another_seed_gives_another_sample() =>
        StratifiedSample.Draw(ThreeAgents, 12, seed: 8).ShouldNotBe(StratifiedSample.Draw(ThreeAgents, 12, seed: 7));

    [Test]
    public void The_draw_is_pinned_so_that_a_stored_seed_redraws_the_same_calls_after_an_upgrade()
    {
        // Worked out independently of this code, from the algorithm as documented (FNV-1a of "a" into the seed,
        // SplitMix64, partial Fisher–Yates over 1..10). A change here means old samples can no longer be redrawn.
        StratifiedSample.Draw(Calls("a", 1, 10), 3, seed: 0).ShouldBe([2, 5, 8]);
    }

    [Test]
    public void One_stratum_draws_the_same_calls_when_another_stratum_changes()
    {
        // 20 + 20 calls, size 10 → 5 each; b's calls change, a's draw must not.
        var before = StratifiedSample.Draw([.. Calls("a", 1, 20), .. Calls("b", 101, 20)], 10, seed: 3);
        var after = StratifiedSample.Draw([.. Calls("a", 1, 20), .. Calls("b", 501, 20)], 10, seed: 3);

        after.Where(id => id <= 20).ShouldBe(before.Where(id => id <= 20));
    }

    [Test]
    public void Every_call_is_drawn_about_equally_often_over_many_seeds()
    {
        // 3 of 10 calls per draw over 20,000 seeds: each call expected 6,000 times, standard deviation
        // √(20000 × 0.3 × 0.7) ≈ 65; ±300 is about 4.6 standard deviations.
        var counts = new int[11];
        for (ulong seed = 0; seed < 20_000; seed++)
            foreach (var id in StratifiedSample.Draw(Calls("a", 1, 10), 3, seed)) counts[id]++;

        counts.Skip(1).ShouldAllBe(count => count > 5_700 && count < 6_300);
    }

    [Test]
    public void A_size_beyond_the_calls_takes_them_all() =>
        StratifiedSample.Draw(ThreeAgents, 1_000, seed: 1).Count.ShouldBe(100);

    [Test]
    public void A_unit_given_twice_counts_once() =>
        StratifiedSample.Draw([.. Calls("a", 1, 3), .. Calls("a", 1, 3)], 10, seed: 1).ShouldBe([1, 2, 3]);

    [Test]
    public void A_call_in_two_strata_is_refused() =>
        Should.Throw<DomainException>(() => StratifiedSample.Draw([new(5, "a"), new(5, "b")], 1, seed: 1))
            .Message.ShouldBe("units: call 5 is in two strata (a, b).");

    [Test]
    public void The_generator_gives_the_published_splitmix64_outputs_for_seed_zero()
    {
        var random = new SplitMix64(0);

        new[] { random.Next(), random.Next(), random.Next(), random.Next() }
            .ShouldBe([0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL, 0xF88BB8A8724C81ECUL]);
    }

    private static IEnumerable<SamplingUnit> Calls(string stratum, long first, int count) =>
        Enumerable.Range(0, count).Select(i => new SamplingUnit(first + i, stratum));
}
