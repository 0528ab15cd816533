using VendorAudit.Domain.Calibration;

namespace VendorAudit.Domain.Tests.Calibration;

/// <summary>
/// The reliability data of Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C:
/// 4 observers, 12 units, values 1–5, blanks missing. Unit 12 has one value and is dropped: 11 units, n = 40.
///   Interval: Σ_u Σ_{i≠j} (v_i − v_j)² / (m_u − 1) = 52/3; Σ over all ordered pairs / (n − 1) = 4480/39;
///             α = 1 − (52/3) / (4480/39) = 1 − 2028/13440 = 951/1120 = 0.849.
///   Nominal:  values 1×9, 2×13, 3×10, 4×5, 5×3; Σ_{c≠k} n_c n_k = 40² − (81 + 169 + 100 + 25 + 9) = 1216;
///             disagreeing coincidences 8; α = 1 − (n − 1) × 8 / 1216 = 1 − 312/1216 = 0.743.
/// </summary>
[TestFixture]
public sealed class KrippendorffAlphaTests
{
    private static readonly double?[][] Observers =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    private static IEnumerable<IReadOnlyCollection<double>> Units =>
        Enumerable.Range(0, 12).Select(u => (IReadOnlyCollection<double>)Observers.Where(o => o[u] is not null).Select(o => o[u]!.Value).ToList());

    [Test]
    public void The_interval_alpha_of_the_published_example_is_0_849()
    {
        var alpha = KrippendorffAlpha.Of(Units);

        alpha.ShouldNotBeNull();
        alpha.Value.ShouldBe(951.0 / 1120, 1e-12);
        Math.Round(alpha.Value, 3).ShouldBe(0.849);
    }

    [Test]
    public void The_nominal_alpha_of_the_published_example_is_0_743()
    {
        var alpha = KrippendorffAlpha.Of(Units, AlphaMetric.Nominal);

        alpha.ShouldNotBeNull();
        alpha.Value.ShouldBe(1 - 312.0 / 1216, 1e-12);
        Math.Round(alpha.Value, 3).ShouldBe(0.743);
    }

    [Test]
    public void Coders_who_always_agree_have_an_alpha_of_one() =>
        KrippendorffAlpha.Of([[70, 70, 70], [40, 40], [95, 95, 95]]).ShouldBe(1.0);

    [Test]
    public void Alpha_is_undefined_when_every_value_is_the_same() =>
        KrippendorffAlpha.Of([[80, 80], [80, 80, 80]]).ShouldBeNull();

    [Test]
    public void Alpha_is_undefined_without_a_unit_scored_twice() =>
        KrippendorffAlpha.Of([[80], [60], []]).ShouldBeNull();

    [Test]
    public void Disagreement_as_large_as_chance_gives_an_alpha_of_zero_or_below()
    {
        // Each unit holds both values: D_o = (1/4)(2 × 1/1 + 2 × 1/1) = 1; D_e = (16 − 8)/(4 × 3) = 2/3; α = 1 − 3/2 = −0.5.
        KrippendorffAlpha.Of([[0, 1], [0, 1]], AlphaMetric.Nominal)!.Value.ShouldBe(-0.5, 1e-12);
    }
}
