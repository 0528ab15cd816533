using VendorAudit.Domain.Sampling;

namespace VendorAudit.Domain.Tests.Sampling;

/// <summary>
/// Cochran for ±5 points at 95 %: z = 1.959964, n0 = z² × 0.5 × 0.5 / 0.05² = 3.841459 × 0.25 / 0.0025 = 384.146.
/// </summary>
[TestFixture]
public sealed class SampleSizeTests
{
    [Test]
    public void Ten_thousand_calls_need_370_for_five_points_at_95_percent()
    {
        // n = 384.146 / (1 + 383.146 / 10000) = 384.146 / 1.0383146 = 369.971 → 370.
        var calculation = SampleSize.For(10_000, 0.05, 0.95);

        calculation.Z.ShouldBe(1.959964, 1e-6);
        calculation.InfiniteSize.ShouldBe(384.146, 1e-3);
        calculation.CorrectedSize.ShouldBe(369.971, 1e-3);
        calculation.Size.ShouldBe(370);
        calculation.Arithmetic().ShouldBe(
        [
            "z for 95 % two-sided confidence = 1.959964",
            "n0 = z² p(1−p) / e² = 1.959964² × 0.25 / 0.05² = 384.146",
            "n = n0 / (1 + (n0 − 1) / N) = 384.146 / (1 + 383.146 / 10000) = 369.971",
            "rounded up: 370",
        ]);
    }

    [Test]
    public void Five_hundred_calls_need_218()
    {
        // n = 384.146 / (1 + 383.146 / 500) = 384.146 / 1.766292 = 217.487 → 218.
        var calculation = SampleSize.For(500, 0.05, 0.95);

        calculation.Size.ShouldBe(218);
        calculation.Arithmetic()[2].ShouldBe("n = n0 / (1 + (n0 − 1) / N) = 384.146 / (1 + 383.146 / 500) = 217.487");
    }

    [Test]
    public void No_calls_need_no_sample()
    {
        var calculation = SampleSize.For(0, 0.05, 0.95);

        calculation.Size.ShouldBe(0);
        calculation.Arithmetic()[^1].ShouldBe("N = 0: no calls, nothing to sample: 0");
    }

    [TestCase(1, 1)]    // 384.146 / (1 + 383.146) = 1
    [TestCase(2, 2)]    // 384.146 / (1 + 191.573) = 1.995 → 2
    [TestCase(10, 10)]  // 384.146 / 39.315 = 9.771 → 10
    [TestCase(50, 45)]  // 384.146 / 8.663 = 44.344 → 45
    public void A_tiny_population_is_nearly_all_sampled_and_never_more(int population, int size) =>
        SampleSize.For(population, 0.05, 0.95).Size.ShouldBe(size);

    [Test]
    public void A_higher_confidence_or_narrower_margin_needs_more_calls()
    {
        // 99 %: 2.575829² × 0.25 / 0.0025 = 663.49; ±3 points: 1.959964² × 0.25 / 0.0009 = 1067.07.
        SampleSize.For(10_000, 0.05, 0.99).InfiniteSize.ShouldBe(663.49, 0.01);
        SampleSize.For(10_000, 0.03, 0.95).InfiniteSize.ShouldBe(1067.07, 0.01);
    }

    [Test]
    public void An_expected_proportion_away_from_one_half_needs_fewer_calls()
    {
        // p = 0.1: 3.841459 × 0.09 / 0.0025 = 138.29; with N = 10000: 138.29 / (1 + 137.29 / 10000) = 136.42 → 137.
        var calculation = SampleSize.For(10_000, 0.05, 0.95, proportion: 0.1);

        calculation.InfiniteSize.ShouldBe(138.29, 0.01);
        calculation.Size.ShouldBe(137);
        calculation.Arithmetic()[1].ShouldBe("n0 = z² p(1−p) / e² = 1.959964² × 0.09 / 0.05² = 138.293");
    }

    [TestCase(-1, 0.05, 0.95, 0.5, "population")]
    [TestCase(100, 0, 0.95, 0.5, "margin")]
    [TestCase(100, 0.51, 0.95, 0.5, "margin")]
    [TestCase(100, 0.05, 0.5, 0.5, "confidence")]
    [TestCase(100, 0.05, 1, 0.5, "confidence")]
    [TestCase(100, 0.05, 0.95, 0, "proportion")]
    public void Arguments_out_of_range_are_refused_by_name(int population, double margin, double confidence, double proportion, string parameter) =>
        Should.Throw<DomainException>(() => SampleSize.For(population, margin, confidence, proportion))
            .Message.ShouldStartWith($"{parameter}: ");

    [Test]
    public void The_largest_margin_allowed_is_one_half() =>
        SampleSize.For(100, 0.5, 0.95).Size.ShouldBe(4); // n0 = 3.841459 × 0.25 / 0.25 = 3.84; 3.84 / (1 + 2.84 / 100) = 3.74 → 4
}
