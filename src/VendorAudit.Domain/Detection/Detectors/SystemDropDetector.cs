using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// system-drop (vendor-wide): the queue cuts callers off after a long wait (<c>EXITWITHTIMEOUT</c>, Connect
/// flow disconnects, from <see cref="DetectionOptions.LongWaitSeconds"/> of waiting on: a flow that ends at
/// once, say a closed-hours message, is not a caller dropped) more often than the population of vendors does,
/// or, without a population rate, more than a well-run queue may (<see cref="DetectionOptions.ToleratedSystemDropRate"/>).
/// Exact binomial test of those cut-offs among offered inbound calls against that rate. Effect: the drop rate minus that rate.
/// </summary>
public sealed class SystemDropDetector(DetectionOptions options) : IDetector
{
    private const int WaitBinSeconds = 30;

    public string Kind => FindingKinds.SystemDrop;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int offered = 0, drops = 0;
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            if (!calls[i].IsInbound) continue;
            offered++;
            if (IsDrop(calls[i])) drops++;
        }
        if (offered < options.MinOfferedCalls) yield break;
        var baseline = input.Population?.SystemDropRate ?? options.ToleratedSystemDropRate;
        var rate = (double)drops / offered;
        yield return new Candidate(Kind, null, offered, rate - baseline, Tails.BinomialAtLeast(drops, offered, baseline),
            rate - baseline >= options.MinSystemDropEffect, () => Explain(input, offered, drops, baseline));
    }

    private bool IsDrop(in CallFacts call) => call.Outcome == CallOutcome.SystemTimeout && call.Wait >= options.LongWaitSeconds;

    private FindingEvidence Explain(VendorPeriodCalls input, int offered, int drops, double baseline)
    {
        var telling = new List<long>();
        var others = new List<long>();
        var waits = new List<int>(drops);
        // Per wait band, callers cut off against callers who gave up themselves: a cut-off at a fixed wait stands out.
        var bands = new SortedDictionary<(int Band, string Series), int>();
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            if (!calls[i].IsInbound || calls[i].Outcome is not (CallOutcome.SystemTimeout or CallOutcome.Abandoned)) continue;
            var band = calls[i].Wait / WaitBinSeconds * WaitBinSeconds;
            var key = (band, calls[i].Outcome == CallOutcome.SystemTimeout ? "cut off" : "gave up");
            bands[key] = bands.GetValueOrDefault(key) + 1;
            if (!IsDrop(calls[i])) continue;
            (input.CalledAgainWithinWindow(i) ? telling : others).Add(calls[i].CallId);
            waits.Add(calls[i].Wait);
        }
        waits.Sort();
        var median = waits.Count == 0 ? 0 : waits[waits.Count / 2];
        var against = input.Population?.SystemDropRate is null ? "tolerated" : "population";
        var repeats = input.CallersKnown && drops > 0
            ? $"; {Percent((double)telling.Count / drops)} of them called again within {Window(input.RepeatWindow)}"
            : "";
        var againstFr = input.Population?.SystemDropRate is null ? "toléré" : "ensemble des fournisseurs";
        var repeatsFr = input.CallersKnown && drops > 0
            ? $" ; {Fr.Percent((double)telling.Count / drops)} d'entre eux ont rappelé dans les {Fr.Window(input.RepeatWindow)}"
            : "";
        return new FindingEvidence
        {
            SummaryFr = $"Le système a coupé {Fr.Percent((double)drops / offered)} des appels présentés après une attente d'au moins {Fr.Seconds(options.LongWaitSeconds)} " +
                $"({Fr.Count(drops)} sur {Fr.Count(offered)} ; {againstFr} : {Fr.Percent(baseline)}) ; attente médiane avant la coupure {Fr.Seconds(median)}{repeatsFr}.",
            Summary = $"The system cut off {Percent((double)drops / offered)} of offered calls after a wait of {options.LongWaitSeconds} s or more " +
                $"({Count(drops)} of {Count(offered)}; {against} {Percent(baseline)}); median wait before the cut-off {Seconds(median)}{repeats}.",
            CallIds = TopCalls(telling, others, options.MaxEvidenceCalls),
            Chart = [.. bands.Select(b => new ChartPoint { X = b.Key.Band, Y = b.Value, Series = b.Key.Series })],
        };
    }
}
