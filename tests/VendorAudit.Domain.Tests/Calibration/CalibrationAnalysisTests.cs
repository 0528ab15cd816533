using VendorAudit.Domain.Calibration;
using static VendorAudit.Domain.Tests.Builders.CalibrationSessionBuilder;

namespace VendorAudit.Domain.Tests.Calibration;

/// <summary>
/// Four auditors, two calls, an even count, so each median is the mean of the two middle scores:
///   call 1: A 80, B 70, C 90, D 60 → 60 70 | 80 90 → median 75; deviations A +5, B −5, C +15, D −15
///   call 2: A 50, B 55, C 65, D 70 → 50 55 | 65 70 → median 60; deviations A −10, B −5, C +5, D +10
/// Mean absolute / signed: A (5 + 10)/2 = 7.5 / (5 − 10)/2 = −2.5; B 5 / −5; C 10 / +10; D 12.5 / −2.5.
/// Within ±10 of the median: 5, 5, 10, 5, 5, 10 of the 8 → 0.75 (15 is out).
/// Interval alpha: call 1 Σ(v − 75)² = 500, Σ_{i≠j} = 2 × 4 × 500 = 4000, / (4 − 1) = 1333.33;
///   call 2 Σ(v − 60)² = 250 → 2000 / 3 = 666.67; D_o = 2000 / 8 = 250.
///   All 8: mean 67.5, Σ(v − 67.5)² = 1200 → 2 × 8 × 1200 = 19200 / (8 × 7) = 342.86; α = 1 − 250/342.86 = 13/48 = 0.2708.
/// </summary>
[TestFixture]
public sealed class CalibrationAnalysisTests
{
    private static readonly List<CalibrationRating> FourAuditors = Auditors("A", "B", "C", "D")
        .Call(1, 80, 70, 90, 60)
        .Call(2, 50, 55, 65, 70)
        .Build();

    [Test]
    public void Each_auditor_deviates_from_the_median_of_an_even_number_of_scores()
    {
        var report = CalibrationAnalysis.Analyse(FourAuditors);

        report.CallMedians.ShouldBe(new Dictionary<long, decimal> { [1] = 75m, [2] = 60m });
        report.Auditors.Select(a => (a.AuditorId, a.Calls, a.MeanAbsoluteDeviation, a.MeanSignedDeviation)).ShouldBe(
            [("A", 2, 7.5m, -2.5m), ("B", 2, 5m, -5m), ("C", 2, 10m, 10m), ("D", 2, 12.5m, -2.5m)]);
    }

    [Test]
    public void The_share_within_tolerance_counts_a_deviation_equal_to_the_tolerance_as_within()
    {
        CalibrationAnalysis.Analyse(FourAuditors).ShareWithinTolerance.ShouldBe(0.75m);
        // ±5: only the four deviations of 5 → 4 of 8.
        CalibrationAnalysis.Analyse(FourAuditors, tolerance: 5m).ShareWithinTolerance.ShouldBe(0.5m);
    }

    [Test]
    public void Alpha_is_computed_on_the_totals() =>
        CalibrationAnalysis.Analyse(FourAuditors).Alpha!.Value.ShouldBe(13.0 / 48, 1e-12);

    [Test]
    public void Items_are_compared_with_their_own_median_on_each_call()
    {
        // Call 1: 70, 50, 60, 80 → median 65; A +5, B −15, C −5, D +15. Call 2 only A 40, B 60 → median 50; A −10, B +10.
        // Item MAD: A (5 + 10)/2 = 7.5, B (15 + 10)/2 = 12.5, C 5, D 15.
        // Alpha: call 1 2 × 4 × 500 / 3 = 4000/3, call 2 2 × 2 × 200 / 1 = 800; D_o = (6400/3) / 6 = 355.56;
        //   all six, mean 60: Σ(v − 60)² = 1000 → 2 × 6 × 1000 / 30 = 400; α = 1 − 355.56/400 = 1/9.
        var ratings = Auditors("A", "B", "C", "D")
            .Item(1, "emp-personalised", 70, 50, 60, 80)
            .Item(2, "emp-personalised", 40, 60, null, null)
            .Build();

        var report = CalibrationAnalysis.Analyse([.. FourAuditors, .. ratings]);

        report.Auditors.Select(a => a.ItemMeanAbsoluteDeviation["emp-personalised"]).ShouldBe([7.5m, 12.5m, 5m, 15m]);
        report.ItemAlpha["emp-personalised"]!.Value.ShouldBe(1.0 / 9, 1e-12);
        report.Alpha!.Value.ShouldBe(13.0 / 48, 1e-12); // items do not leak into the totals
    }

    [Test]
    public void The_published_reliability_example_gives_its_alpha_through_the_report()
    {
        // Krippendorff (2011), as in KrippendorffAlphaTests, scored as scorecard totals.
        var ratings = Auditors("A", "B", "C", "D")
            .Call(1, 1, 1, null, 1).Call(2, 2, 2, 3, 2).Call(3, 3, 3, 3, 3).Call(4, 3, 3, 3, 3)
            .Call(5, 2, 2, 2, 2).Call(6, 1, 2, 3, 4).Call(7, 4, 4, 4, 4).Call(8, 1, 1, 2, 1)
            .Call(9, 2, 2, 2, 2).Call(10, null, 5, 5, 5).Call(11, null, null, 1, 1).Call(12, null, 3, null, null)
            .Build();

        Math.Round(CalibrationAnalysis.Analyse(ratings).Alpha!.Value, 3).ShouldBe(0.849);
    }

    [Test]
    public void Auditors_who_agree_perfectly_have_alpha_one_and_no_deviation()
    {
        var report = CalibrationAnalysis.Analyse(Auditors("A", "B", "C").Call(1, 80, 80, 80).Call(2, 62.5m, 62.5m, 62.5m).Build());

        report.Alpha.ShouldBe(1.0);
        report.ShareWithinTolerance.ShouldBe(1m);
        report.Auditors.ShouldAllBe(a => a.MeanAbsoluteDeviation == 0 && a.MeanSignedDeviation == 0 && a.Calls == 2);
    }

    [Test]
    public void A_call_scored_by_one_auditor_has_a_median_but_counts_in_no_deviation()
    {
        // Call 2 is A's alone: A is compared on call 1 only (median 75: A +5).
        var report = CalibrationAnalysis.Analyse(Auditors("A", "B").Call(1, 80, 70).Call(2, 20, null).Build());

        report.CallMedians[2].ShouldBe(20m);
        report.Auditors[0].ShouldBe(new AuditorDeviation("A", 1, 5m, 5m, report.Auditors[0].ItemMeanAbsoluteDeviation));
        report.ShareWithinTolerance.ShouldBe(1m);
    }

    [Test]
    public void A_session_where_no_call_was_scored_twice_has_no_alpha_and_no_share()
    {
        var report = CalibrationAnalysis.Analyse(Auditors("A", "B").Call(1, 80, null).Call(2, null, 60).Build());

        report.Alpha.ShouldBeNull();
        report.ShareWithinTolerance.ShouldBe(0m);
        report.Auditors.ShouldAllBe(a => a.Calls == 0 && a.MeanAbsoluteDeviation == 0);
    }

    [Test]
    public void Deviations_are_rounded_to_hundredths_of_a_point()
    {
        // Medians 75 and 60 (as above) and a third call 10, 10, 10, 11 → median 10: A 0. A: (5 + 10 + 0) / 3 = 5 → 5.00;
        // D: (15 + 10 + 1) / 3 = 8.666… → 8.67, signed (−15 + 10 + 1) / 3 = −1.333… → −1.33.
        var report = CalibrationAnalysis.Analyse([.. FourAuditors, .. Auditors("A", "B", "C", "D").Call(3, 10, 10, 10, 11).Build()]);

        report.Auditors[3].MeanAbsoluteDeviation.ShouldBe(8.67m);
        report.Auditors[3].MeanSignedDeviation.ShouldBe(-1.33m);
    }

    [Test]
    public void A_score_outside_zero_to_one_hundred_is_refused() =>
        Should.Throw<DomainException>(() => CalibrationAnalysis.Analyse([new CalibrationRating("A", 7, null, 101)]))
            .Message.ShouldBe("ratings[0] (A, call 7, total): score 101 is outside 0–100.");

    [Test]
    public void An_auditor_scoring_the_same_call_twice_is_refused() =>
        Should.Throw<DomainException>(() => CalibrationAnalysis.Analyse(
                [new CalibrationRating("A", 7, "lang-register", 100), new CalibrationRating("A", 7, "lang-register", 0)]))
            .Message.ShouldBe("ratings[1] (A, call 7, lang-register): scored twice.");

    [Test]
    public void A_negative_tolerance_is_refused() =>
        Should.Throw<DomainException>(() => CalibrationAnalysis.Analyse(FourAuditors, tolerance: -1m)).Message.ShouldStartWith("tolerance: ");
}
