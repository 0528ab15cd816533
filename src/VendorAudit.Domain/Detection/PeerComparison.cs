using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Detection;

/// <summary>An agent's count of events against the pooled count of its peers, with the one-sided p-value.</summary>
public readonly record struct PeerResult(int Events, int Trials, int PeerEvents, int PeerTrials, double PValue)
{
    public double Rate => Trials == 0 ? 0 : (double)Events / Trials;
    public double PeerRate => PeerTrials == 0 ? 0 : (double)PeerEvents / PeerTrials;
    public double Difference => Rate - PeerRate;
}

/// <summary>
/// Compares each agent with the same vendor's other agents, pooled, by Fisher's exact test (one-sided:
/// more events than the peers). Two passes: agents who stand out beyond doubt in the first (Bonferroni over
/// the agents at <see cref="DetectionOptions.StandOutLevel"/>) leave everyone else's peer pool in the second,
/// so that the baseline is what honest colleagues do and one blatant abuser cannot mask a subtle one.
/// </summary>
public static class PeerComparison
{
    /// <param name="events">Per agent (dense index), the calls showing the behaviour.</param>
    /// <param name="trials">Per agent, the calls it could have shown on.</param>
    /// <param name="tested">Per agent, whether it has enough calls to be tested; the others still count as peers.</param>
    public static PeerResult[] Compare(int[] events, int[] trials, bool[] tested, double standOutLevel)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(trials);
        ArgumentNullException.ThrowIfNull(tested);
        var agents = events.Length;
        long totalEvents = 0, totalTrials = 0;
        var testedCount = 0;
        for (var a = 0; a < agents; a++)
        {
            totalEvents += events[a];
            totalTrials += trials[a];
            if (tested[a]) testedCount++;
        }

        var standsOut = new bool[agents];
        long outEvents = 0, outTrials = 0;
        for (var a = 0; a < agents; a++)
        {
            if (!tested[a]) continue;
            var first = FisherExact.GreaterP(events[a], trials[a], (int)(totalEvents - events[a]), (int)(totalTrials - trials[a]));
            if (first * testedCount > standOutLevel) continue;
            standsOut[a] = true;
            outEvents += events[a];
            outTrials += trials[a];
        }

        var results = new PeerResult[agents];
        for (var a = 0; a < agents; a++)
        {
            if (!tested[a]) continue;
            var peerEvents = (int)(totalEvents - outEvents - (standsOut[a] ? 0 : events[a]));
            var peerTrials = (int)(totalTrials - outTrials - (standsOut[a] ? 0 : trials[a]));
            var p = peerTrials == 0 ? 1 : FisherExact.GreaterP(events[a], trials[a], peerEvents, peerTrials);
            results[a] = new PeerResult(events[a], trials[a], peerEvents, peerTrials, p);
        }
        return results;
    }
}
