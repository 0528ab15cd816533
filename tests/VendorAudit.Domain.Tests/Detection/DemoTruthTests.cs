using System.Diagnostics;
using VendorAudit.Domain.Detection;
using VendorAudit.Seed;

namespace VendorAudit.Domain.Tests.Detection;

/// <summary>
/// Detection against what the demo generator planted (seed/truth.json), on the full demo: five vendors,
/// three months, about 15,000 calls per vendor and month. Scored per month: a planted abuse counts once
/// per month it is found in, and is missed in a month it is not, so the subtle abusers must show in a
/// single month of calls. A finding is right when its kind, vendor and agent (none for vendor-wide kinds)
/// match a planted abuse.
/// </summary>
[TestFixture]
public sealed class DemoTruthTests
{
    private DemoTruth truth = null!;
    private List<(DemoVendorPeriod Period, DetectionResult Result, long Milliseconds)> runs = null!;

    [OneTimeSetUp]
    public void DetectOnEveryVendorAndMonthOfTheFullDemo()
    {
        var generator = new DemoDataGenerator(DemoOptions.Full);
        truth = generator.Truth;
        runs = [];
        foreach (var period in DemoFacts.ByVendorAndMonth(generator))
        {
            var clock = Stopwatch.StartNew();
            var result = DetectionRun.Run(period.Input);
            runs.Add((period, result, clock.ElapsedMilliseconds));
        }
    }

    [Test]
    public void Every_vendor_is_scored_over_its_three_months() =>
        runs.Select(r => (r.Period.Vendor.Code, r.Period.Period.ToString())).Distinct().Count().ShouldBe(5 * 3);

    [Test]
    public void Precision_and_recall_over_everything_planted_are_at_least_95_percent()
    {
        var (found, missed, wrong) = (0, 0, 0);
        var perKind = new SortedDictionary<string, (int Found, int Missed, int Wrong)>();
        foreach (var (period, result, _) in runs)
        {
            var planted = truth.Planted.Where(p => p.Vendor == period.Vendor.Code).ToList();
            foreach (var p in planted)
            {
                var hit = result.Findings.Any(f => f.Kind == p.Kind && Agent(period, f) == p.Agent);
                var k = perKind.GetValueOrDefault(p.Kind);
                perKind[p.Kind] = hit ? k with { Found = k.Found + 1 } : k with { Missed = k.Missed + 1 };
                if (hit) found++; else missed++;
            }
            foreach (var f in result.Findings.Where(f => !planted.Any(p => p.Kind == f.Kind && p.Agent == Agent(period, f))))
            {
                var k = perKind.GetValueOrDefault(f.Kind);
                perKind[f.Kind] = k with { Wrong = k.Wrong + 1 };
                wrong++;
                TestContext.Out.WriteLine($"not planted: {period.Vendor.Code} {period.Period} {f.Kind} {Agent(period, f)} — {f.Evidence.Summary}");
            }
        }
        foreach (var (kind, k) in perKind)
            TestContext.Out.WriteLine($"{kind}: found {k.Found} of {k.Found + k.Missed} vendor-months, {k.Wrong} not planted");

        var recall = (double)found / (found + missed);
        var precision = (double)found / Math.Max(1, found + wrong);
        TestContext.Out.WriteLine($"recall {recall:P1}, precision {precision:P1}");
        (found + missed).ShouldBe(truth.Planted.Count * 3);
        recall.ShouldBeGreaterThanOrEqualTo(0.95);
        precision.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [Test]
    public void The_clean_vendor_has_no_finding_in_any_month() =>
        runs.Where(r => truth.CleanVendors.Contains(r.Period.Vendor.Code)).SelectMany(r => r.Result.Findings).ShouldBeEmpty();

    [Test]
    public void The_honest_look_alikes_have_no_finding_of_any_kind()
    {
        truth.HardNegatives.Count.ShouldBeGreaterThanOrEqualTo(3);
        foreach (var negative in truth.HardNegatives)
            runs.Where(r => r.Period.Vendor.Code == negative.Vendor)
                .SelectMany(r => r.Result.Findings.Where(f => Agent(r.Period, f) == negative.Agent))
                .ShouldBeEmpty($"{negative.Pattern} {negative.Agent}");
    }

    [Test]
    public void The_honest_look_alikes_were_tested_not_skipped()
    {
        foreach (var negative in truth.HardNegatives)
            runs.Where(r => r.Period.Vendor.Code == negative.Vendor)
                .ShouldAllBe(r => r.Result.Tested.Any(t => t.AgentId != null && r.Period.AgentNames[t.AgentId.Value] == negative.Agent));
    }

    [Test]
    public void A_vendor_month_of_about_15000_calls_is_detected_well_under_a_second() =>
        // The first run also pays for compiling the code; the rest show the steady cost.
        runs.Skip(1).Max(r => r.Milliseconds).ShouldBeLessThan(1000);

    private static string? Agent(DemoVendorPeriod period, DetectedFinding finding) =>
        finding.AgentId is { } id ? period.AgentNames[id] : null;
}
