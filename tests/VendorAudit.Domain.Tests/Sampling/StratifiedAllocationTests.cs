using VendorAudit.Domain.Sampling;

namespace VendorAudit.Domain.Tests.Sampling;

[TestFixture]
public sealed class StratifiedAllocationTests
{
    [Test]
    public void Exact_quotas_are_kept()
    {
        // 10 × 50/100 = 5, 10 × 30/100 = 3, 10 × 20/100 = 2.
        Allocate(("a", 50), ("b", 30), ("c", 20)).WithSize(10).ShouldBe([("a", 5), ("b", 3), ("c", 2)]);
    }

    [Test]
    public void The_seats_left_after_the_whole_parts_go_to_the_largest_remainders()
    {
        // Quotas 7 × 60/100 = 4.2, 7 × 25/100 = 1.75, 7 × 15/100 = 1.05: whole parts 4 + 1 + 1 = 6, the 7th to b (.75).
        Allocate(("a", 60), ("b", 25), ("c", 15)).WithSize(7).ShouldBe([("a", 4), ("b", 2), ("c", 1)]);
    }

    [Test]
    public void Equal_remainders_are_settled_by_key_in_ordinal_order()
    {
        // 3.33 each: whole parts 3 + 3 + 3 = 9, the 10th to the first key. Ordinal: "B" sorts before "a".
        Allocate(("a", 10), ("c", 10), ("B", 10)).WithSize(10).ShouldBe([("B", 4), ("a", 3), ("c", 3)]);
    }

    [Test]
    public void A_small_stratum_gets_one_call_taken_from_the_stratum_most_above_its_quota()
    {
        // Quotas 5, 4.8, 0.2: whole parts 5 + 4 + 0 = 9, the 10th to b (.8) → 5, 5, 0.
        // c must get one: a is 5 − 5 = 0 above its quota, b 5 − 4.8 = 0.2 above, so b gives it → 5, 4, 1.
        Allocate(("a", 500), ("b", 480), ("c", 20)).WithSize(10).ShouldBe([("a", 5), ("b", 4), ("c", 1)]);
    }

    [Test]
    public void Several_small_strata_each_get_one_call()
    {
        // Quotas 9.9, 0.05, 0.05 → 10, 0, 0 by remainders; each small stratum then takes one from big → 8, 1, 1.
        Allocate(("big", 990), ("small1", 5), ("small2", 5)).WithSize(10).ShouldBe([("big", 8), ("small1", 1), ("small2", 1)]);
    }

    [Test]
    public void With_fewer_calls_than_strata_some_strata_get_none()
    {
        // Quotas 0.5 each; the two seats go to the first two keys.
        Allocate(("a", 1), ("b", 1), ("c", 1), ("d", 1)).WithSize(2).ShouldBe([("a", 1), ("b", 1), ("c", 0), ("d", 0)]);
    }

    [Test]
    public void A_size_beyond_the_population_takes_every_call()
    {
        Allocate(("a", 3), ("b", 0), ("c", 2)).WithSize(10).ShouldBe([("a", 3), ("b", 0), ("c", 2)]);
    }

    [Test]
    public void An_empty_stratum_gets_nothing_and_does_not_count_toward_the_minimum()
    {
        Allocate(("a", 10), ("b", 0), ("c", 10)).WithSize(2).ShouldBe([("a", 1), ("b", 0), ("c", 1)]);
    }

    [Test]
    public void A_size_of_zero_allocates_nothing() =>
        Allocate(("a", 10), ("b", 5)).WithSize(0).ShouldBe([("a", 0), ("b", 0)]);

    [Test]
    public void No_strata_allocate_nothing() =>
        StratifiedSample.Allocate(new Dictionary<string, int>(), 5).ShouldBeEmpty();

    [Test]
    public void Allocations_sum_to_the_size_stay_within_each_population_and_give_every_stratum_one_when_possible()
    {
        var random = new SplitMix64(42);
        for (var run = 0; run < 2_000; run++)
        {
            var populations = Enumerable.Range(0, 1 + (int)random.NextBelow(12))
                .ToDictionary(i => $"s{i}", _ => random.NextBelow(4) == 0 ? 0 : (int)random.NextBelow(400));
            var total = populations.Values.Sum();
            var size = (int)random.NextBelow((ulong)total + 20);

            var strata = StratifiedSample.Allocate(populations, size);

            strata.Sum(s => s.Allocated).ShouldBe(Math.Min(size, total));
            strata.ShouldAllBe(s => s.Allocated >= 0 && s.Allocated <= s.Population && s.Population == populations[s.Key]);
            if (size >= populations.Values.Count(p => p > 0))
                strata.Where(s => s.Population > 0).ShouldAllBe(s => s.Allocated >= 1);
        }
    }

    [Test]
    public void A_negative_size_or_population_is_refused_by_name()
    {
        Should.Throw<DomainException>(() => StratifiedSample.Allocate(new Dictionary<string, int> { ["a"] = 1 }, -1))
            .Message.ShouldStartWith("size: ");
        Should.Throw<DomainException>(() => StratifiedSample.Allocate(new Dictionary<string, int> { ["a"] = -1 }, 1))
            .Message.ShouldStartWith("populations[a]: ");
    }

    private static Populations Allocate(params (string Key, int Population)[] strata) => new(strata);

    private sealed record Populations((string Key, int Population)[] Strata)
    {
        public IEnumerable<(string, int)> WithSize(int size) =>
            StratifiedSample.Allocate(Strata.ToDictionary(s => s.Key, s => s.Population), size).Select(s => (s.Key, s.Allocated));
    }
}
