using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// handle-time-gaming: calls ended just under a handle-time cap. Per agent, a bunching estimate at the
/// cap (<see cref="BunchingEstimate"/>): the agent's own smooth counterfactual, so a fast agent with short
/// calls and no pile-up is compared with itself, not with slower peers. The cap is the contract's; without
/// one, <see cref="CapFinder"/> looks for it in the vendor-wide distribution and nothing is tested unless it is strong.
/// <para>
/// Vendor-wide: the pooled histogram of the agents who do not stand out on their own (Bonferroni at
/// <see cref="DetectionOptions.StandOutLevel"/>) is tested too, so that a policy every agent follows a little
/// is seen even when no agent is significant alone. When the cap was found in the data, that p-value is
/// multiplied by the number of caps scanned (Bonferroni), since the cap was chosen for its pile-up. The
/// agents' own tests are not: each agent is a small part of the vendor-wide histogram the cap was chosen on.
/// </para>
/// Effect: the excess calls under the cap as a share of the handled calls.
/// </summary>
public sealed class HandleTimeGamingDetector(DetectionOptions options) : IDetector
{
    public string Kind => FindingKinds.HandleTimeGaming;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var calls = input.Calls;
        var (cap, scanned) = input.HandleTimeCapSeconds is { } given ? (given, 1) : FindCap(input);
        if (cap is not { } limit) yield break;
        var shape = BunchingShape.From(options);
        var origin = Math.Max(0, limit - shape.FitSeconds);
        var span = limit + shape.FitSeconds - origin;
        var agents = input.AgentIds.Count;
        var histograms = new int[agents * span];
        var handled = new int[agents];
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0) continue;
            handled[a]++;
            var offset = calls[i].Handle - origin;
            if (offset >= 0 && offset < span) histograms[a * span + offset]++;
        }

        var estimates = new BunchingEstimate?[agents];
        var testedCount = 0;
        for (var a = 0; a < agents; a++)
        {
            if (handled[a] < options.MinAgentCalls) continue;
            var estimate = BunchingEstimate.At(histograms.AsSpan(a * span, span), origin, limit, shape);
            if (estimate is null || estimate.CallsInRange < options.MinBunchingCalls) continue;
            estimates[a] = estimate;
            testedCount++;
        }

        var residual = new int[span];
        var residualHandled = 0;
        for (var a = 0; a < agents; a++)
        {
            if (estimates[a] is { } e)
            {
                var agent = a;
                var effect = e.ExcessBelow / handled[a];
                yield return new Candidate(Kind, input.AgentIds[a], handled[a], effect, e.PValue, effect >= options.MinBunchingEffect,
                    () => Explain(input, agent, handled[agent], e, scanned > 1));
                if (e.PValue * testedCount <= options.StandOutLevel) continue;
            }
            residualHandled += handled[a];
            for (var s = 0; s < span; s++) residual[s] += histograms[a * span + s];
        }

        if (residualHandled < options.MinAgentCalls || BunchingEstimate.At(residual, origin, limit, shape) is not { } vendor) yield break;
        var vendorEffect = vendor.ExcessBelow / residualHandled;
        yield return new Candidate(Kind, null, residualHandled, vendorEffect, Math.Min(1, vendor.PValue * scanned),
            vendorEffect >= options.MinBunchingEffect, () => Explain(input, -1, residualHandled, vendor, scanned > 1));
    }

    private (int? Cap, int Scanned) FindCap(VendorPeriodCalls input)
    {
        var counts = new int[options.CapSearchTo + options.BunchingFitSeconds];
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
            if (input.AgentOf(i) >= 0 && calls[i].Handle < counts.Length) counts[calls[i].Handle]++;
        return CapFinder.Find(counts, options);
    }

    private FindingEvidence Explain(VendorPeriodCalls input, int agent, int handled, BunchingEstimate e, bool discovered)
    {
        var window = options.BunchingWindowSeconds;
        var pile = new List<(int Handle, long Id)>();
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0 || (agent >= 0 && a != agent)) continue;
            if (calls[i].Handle >= e.Cap - window && calls[i].Handle < e.Cap) pile.Add((calls[i].Handle, calls[i].CallId));
        }
        // Closest to the cap first: those are the calls most plainly cut to fit.
        pile.Sort((x, y) => y.Handle != x.Handle ? y.Handle.CompareTo(x.Handle) : x.Id.CompareTo(y.Id));

        var chart = new List<ChartPoint>(2 * e.Bins.Count + 2);
        var top = 0.0;
        foreach (var (start, observed, expected) in e.Bins)
        {
            chart.Add(new ChartPoint { X = start, Y = observed, Series = "observed" });
            chart.Add(new ChartPoint { X = start, Y = expected, Series = "counterfactual" });
            top = Math.Max(top, Math.Max(observed, expected));
        }
        chart.Add(new ChartPoint { X = e.Cap, Y = 0, Series = "cap" });
        chart.Add(new ChartPoint { X = e.Cap, Y = top, Series = "cap" });

        var who = agent >= 0 ? input.AgentName(input.AgentIds[agent]) : "Across the agents who do not stand out on their own, the vendor";
        var capText = discovered ? $"the {e.Cap} s handle-time cap found in the vendor's own data" : $"the {e.Cap} s handle-time cap";
        var whoFr = agent >= 0 ? input.AgentName(input.AgentIds[agent]) : "Parmi les agents qui ne se distinguent pas seuls, le fournisseur";
        var capFr = discovered ? $"le plafond de durée de traitement de {Fr.Seconds(e.Cap)} trouvé dans les données mêmes du fournisseur"
            : $"le plafond de durée de traitement de {Fr.Seconds(e.Cap)}";
        return new FindingEvidence
        {
            SummaryFr = $"{whoFr} a terminé {Fr.Count(e.ObservedBelow)} appels dans les {Fr.Seconds(window)} sous {capFr}, là où une distribution régulière " +
                $"en prévoit {Fr.Whole(e.ExpectedBelow)} ({Fr.Signed(e.ExcessBelow)} appels, {Fr.Percent(e.ExcessBelow / handled)} des {Fr.Count(handled)} appels traités) ; " +
                $"{Fr.Count(e.ObservedAbove)} appels dans les {Fr.Seconds(window)} au-dessus, là où {Fr.Whole(e.ExpectedAbove)} étaient attendus.",
            Summary = $"{who} ended {Count(e.ObservedBelow)} calls in the {window} s under {capText} where a smooth distribution " +
                $"predicts {Whole(e.ExpectedBelow)} ({Signed(e.ExcessBelow)} calls, {Percent(e.ExcessBelow / handled)} of {Count(handled)} handled calls); " +
                $"{Count(e.ObservedAbove)} calls in the {window} s over it where {Whole(e.ExpectedAbove)} were expected.",
            CallIds = [.. pile.Take(options.MaxEvidenceCalls).Select(p => p.Id)],
            Chart = chart,
        };
    }
}
