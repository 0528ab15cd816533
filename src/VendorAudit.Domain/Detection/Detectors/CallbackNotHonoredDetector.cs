using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// callback-not-honored (vendor-wide): callbacks requested and never made. A request is honoured when the
/// platform marks it made, or when the vendor's callback reached the same caller within the repeat window.
/// A request whose window runs past the last call seen is not judged (its callback may still come).
/// Exact binomial test of the missed requests against the population's missed rate, or without one, the
/// tolerated rate. Effect: the missed share minus that rate.
/// </summary>
public sealed class CallbackNotHonoredDetector(DetectionOptions options) : IDetector
{
    public string Kind => FindingKinds.CallbackNotHonored;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (judged, missed) = Tally(input, null);
        if (judged < options.MinCallbackRequests) yield break;
        var baseline = input.Population?.MissedCallbackRate ?? options.ToleratedMissedCallbackRate;
        var share = (double)missed / judged;
        yield return new Candidate(Kind, null, judged, share - baseline, Tails.BinomialAtLeast(missed, judged, baseline),
            share - baseline >= options.MinMissedCallbackEffect, () => Explain(input, judged, missed, baseline));
    }

    private static (int Judged, int Missed) Tally(VendorPeriodCalls input, List<ChartPoint>? days)
    {
        int judged = 0, missed = 0;
        var window = input.RepeatWindow.TotalSeconds;
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            if (!calls[i].CallbackRequested) continue;
            var honoured = calls[i].CallbackMade || input.SecondsToCallback(i) <= window;
            if (!honoured && calls[i].StartedAt + input.RepeatWindow > input.ObservedUntil) continue;
            judged++;
            if (!honoured) missed++;
            days?.Add(new ChartPoint { X = calls[i].StartedAt.UtcDateTime.Day, Y = 1, Series = honoured ? "honoured" : "not honoured" });
        }
        return (judged, missed);
    }

    private FindingEvidence Explain(VendorPeriodCalls input, int judged, int missed, double baseline)
    {
        var requests = new List<ChartPoint>();
        Tally(input, requests);
        var ids = new List<long>();
        var window = input.RepeatWindow.TotalSeconds;
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount && ids.Count < options.MaxEvidenceCalls; i++)
            if (calls[i].CallbackRequested && !calls[i].CallbackMade && input.SecondsToCallback(i) > window
                && calls[i].StartedAt + input.RepeatWindow <= input.ObservedUntil)
                ids.Add(calls[i].CallId);
        var against = input.Population?.MissedCallbackRate is null ? "tolerated" : "population";
        var againstFr = input.Population?.MissedCallbackRate is null ? "toléré" : "ensemble des fournisseurs";
        return new FindingEvidence
        {
            Summary = $"{Percent((double)missed / judged)} of requested callbacks were never made within {Window(input.RepeatWindow)} " +
                $"({Count(missed)} of {Count(judged)} requests; {against} {Percent(baseline)}).",
            SummaryFr = $"{Fr.Percent((double)missed / judged)} des rappels demandés n'ont jamais été faits dans les {Fr.Window(input.RepeatWindow)} " +
                $"({Fr.Count(missed)} demandes sur {Fr.Count(judged)} ; {againstFr} : {Fr.Percent(baseline)}).",
            CallIds = ids,
            // Requests per day of the month, honoured or not: the portal stacks them.
            Chart = [.. requests.GroupBy(p => (p.X, p.Series)).OrderBy(g => g.Key.X)
                .Select(g => new ChartPoint { X = g.Key.X, Y = g.Count(), Series = g.Key.Series })],
        };
    }
}
