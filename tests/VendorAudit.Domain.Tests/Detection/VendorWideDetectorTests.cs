using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Detection.Detectors;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Tests.Detection;

[TestFixture]
public sealed class VendorWideDetectorTests
{
    [Test]
    public void A_queue_that_cuts_off_five_percent_of_callers_after_long_waits_is_a_vendor_wide_system_drop()
    {
        var calls = Traffic.Month(41, 20, 400);
        var random = new Random(41);
        for (var i = 0; i < 450; i++)
            calls.Add(CallFactsBuilder.AnUnansweredCall(CallOutcome.SystemTimeout, 180 + random.Next(0, 5))
                .At(CallFactsBuilder.MonthStart.AddDays(random.Next(0, 30)).AddHours(11)).From(1_000_000 + i).Build());

        var result = DetectionRun.Run(new VendorPeriodCalls(calls));

        var finding = result.Findings.ShouldHaveSingleItem();
        (finding.Kind, finding.AgentId).ShouldBe((FindingKinds.SystemDrop, (int?)null));
        finding.Evidence.Summary.ShouldContain("median wait before the cut-off 18");
        finding.Evidence.Summary.ShouldContain("tolerated 0.5 %");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldStartWith("Le système a coupé");
        finding.Evidence.SummaryFr.ShouldContain("toléré : 0,5\u00A0%");
        finding.Evidence.SummaryFr.ShouldContain("attente médiane avant la coupure 18");
        finding.Evidence.SummaryIn("fr").ShouldBe(finding.Evidence.SummaryFr);
        finding.Evidence.SummaryIn("en").ShouldBe(finding.Evidence.Summary);
        finding.Evidence.Chart.Where(p => p.Series == "cut off").Sum(p => p.Y).ShouldBeGreaterThanOrEqualTo(450);
        finding.Evidence.Chart.ShouldContain(p => p.Series == "gave up");
    }

    [Test]
    public void An_ordinary_queue_cuts_off_too_few_callers_to_be_flagged() =>
        DetectionRun.Run(new VendorPeriodCalls(Traffic.Month(42, 20, 400))).Findings.ShouldBeEmpty();

    [Test]
    public void A_vendor_is_compared_with_the_population_when_its_rate_is_known()
    {
        var calls = Traffic.Month(43, 20, 400);
        for (var i = 0; i < 450; i++) calls.Add(CallFactsBuilder.AnUnansweredCall(CallOutcome.SystemTimeout, 1800).From(2_000_000 + i).Build());
        var detector = new SystemDropDetector(DetectionOptions.Default);

        var alone = detector.Test(new VendorPeriodCalls(calls)).Single();
        var amongPeers = detector.Test(new VendorPeriodCalls(calls, population: new PopulationRates(SystemDropRate: 0.06))).Single();

        alone.PValue.ShouldBeLessThan(1e-50);
        amongPeers.PValue.ShouldBeGreaterThan(0.5);
        amongPeers.IsPractical.ShouldBeFalse();
    }

    [Test]
    public void Callbacks_requested_and_never_made_are_a_vendor_wide_finding()
    {
        var calls = Requests(count: 60, made: i => i % 10 < 4);

        var finding = DetectionRun.Run(new VendorPeriodCalls(calls)).Findings.ShouldHaveSingleItem();

        (finding.Kind, finding.AgentId, finding.Statistics.CallCount).ShouldBe((FindingKinds.CallbackNotHonored, (int?)null, 60));
        finding.Statistics.Effect.ShouldBe(0.6 - 0.05, 1e-12);
        finding.Evidence.CallIds.Count.ShouldBe(36);
        finding.Evidence.Summary.ShouldStartWith("60 % of requested callbacks were never made");
        finding.Evidence.SummaryFr.ShouldNotBeNull().ShouldStartWith("60\u00A0% des rappels demandés n'ont jamais été faits dans les 72\u00A0h");
    }

    [Test]
    public void A_request_answered_by_a_callback_placed_to_the_same_caller_is_honoured()
    {
        var calls = Requests(count: 60, made: _ => false);
        for (var i = 0; i < 60; i++)
            calls.Add(CallFactsBuilder.AnAnsweredCall().AsACallbackPlaced().From(i).At(calls[i].StartedAt.AddHours(2)).Build());

        var candidate = new CallbackNotHonoredDetector(DetectionOptions.Default).Test(new VendorPeriodCalls(calls)).Single();

        candidate.Effect.ShouldBe(-0.05, 1e-12);
        candidate.PValue.ShouldBe(1);
    }

    [Test]
    public void A_request_whose_window_runs_past_the_data_is_not_judged_yet()
    {
        var calls = Requests(count: 40, made: _ => true);
        var last = calls.Max(c => c.StartedAt);
        calls.Add(CallFactsBuilder.AnUnansweredCall(CallOutcome.ExitKey, 90).RequestingACallback(made: false).From(999).At(last.AddHours(-1)).Build());

        new CallbackNotHonoredDetector(DetectionOptions.Default).Test(new VendorPeriodCalls(calls)).Single().CallCount.ShouldBe(40);
    }

    /// <summary>Requests over the first days of the month, and one later call so that their windows are all seen.</summary>
    private static List<CallFacts> Requests(int count, Func<int, bool> made) =>
    [
        .. Enumerable.Range(0, count).Select(i => CallFactsBuilder.AnUnansweredCall(CallOutcome.ExitKey, 120)
            .RequestingACallback(made(i)).From(i).At(CallFactsBuilder.MonthStart.AddHours(9 + i)).Build()),
        CallFactsBuilder.AnAnsweredCall().From(5000).At(CallFactsBuilder.MonthStart.AddDays(20)).Build(),
    ];
}
