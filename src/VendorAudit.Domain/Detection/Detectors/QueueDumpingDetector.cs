using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// queue-dumping: the agent answers callers who have waited long and releases them at once, to empty the
/// queue and protect the service level. A <i>release</i> is an inbound call answered after a long wait,
/// ended by the agent within near-zero talk.
/// <para>
/// The p-value is that of the agent's release share among its long-wait calls against its peers' (Fisher,
/// robust peers). Two requirements on top: the releases are concentrated on long waits — at least
/// <see cref="DetectionOptions.MinDumpConcentration"/> times the same agent's share of near-zero agent-ended
/// calls after short waits, so an agent who hangs up whatever the wait is an agent-hangup, not a dumper; and,
/// as for agent-hangup, the released callers call again more often than after other calls (Fisher, p ≤ 0.05).
/// </para>
/// Effect: the agent's release share after long waits minus the peers'.
/// </summary>
public sealed class QueueDumpingDetector(DetectionOptions options) : IDetector
{
    private const double CorroborationLevel = 0.05;
    private static readonly int[] WaitBands = [0, 20, 40, 60, 90, 120, 180, 300, 600];

    public string Kind => FindingKinds.QueueDumping;

    public static bool IsRelease(in CallFacts call, DetectionOptions options) =>
        IsNearZeroByAgent(call, options) && call.IsInbound && call.Wait >= options.LongWaitSeconds;

    private static bool IsNearZeroByAgent(in CallFacts call, DetectionOptions options) =>
        call.EndedBy == EndedBy.Agent && call.Talk <= options.DumpTalkSeconds;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agents = input.AgentIds.Count;
        var (answered, longWaits, releases, releasesBack) = (new int[agents], new int[agents], new int[agents], new int[agents]);
        var (shortWaits, shortReleases) = (new int[agents], new int[agents]);
        int otherCalls = 0, otherBack = 0;
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0) continue;
            answered[a]++;
            var back = input.CalledAgainWithinWindow(i);
            if (IsRelease(calls[i], options)) { releases[a]++; if (back) releasesBack[a]++; }
            else { otherCalls++; if (back) otherBack++; }
            if (!calls[i].IsInbound) continue;
            if (calls[i].Wait >= options.LongWaitSeconds) longWaits[a]++;
            else
            {
                shortWaits[a]++;
                if (IsNearZeroByAgent(calls[i], options)) shortReleases[a]++;
            }
        }

        var tested = new bool[agents];
        for (var a = 0; a < agents; a++) tested[a] = answered[a] >= options.MinAgentCalls && longWaits[a] >= options.MinLongWaitCalls;
        var results = PeerComparison.Compare(releases, longWaits, tested, options.StandOutLevel);
        for (var a = 0; a < agents; a++)
        {
            if (!tested[a]) continue;
            var r = results[a];
            var shortRate = shortWaits[a] == 0 ? 0 : (double)shortReleases[a] / shortWaits[a];
            var concentrated = r.Rate >= options.MinDumpConcentration * shortRate;
            var corroborated = !input.CallersKnown ||
                (releases[a] > 0 && FisherExact.GreaterP(releasesBack[a], releases[a], otherBack, otherCalls) <= CorroborationLevel);
            var agent = a;
            yield return new Candidate(Kind, input.AgentIds[a], r.Trials, r.Difference, r.PValue,
                r.Difference >= options.MinDumpEffect && concentrated && corroborated,
                () => Explain(input, agent, r, releasesBack[agent], shortRate));
        }
    }

    private FindingEvidence Explain(VendorPeriodCalls input, int agent, PeerResult r, int back, double shortRate)
    {
        var telling = new List<long>();
        var others = new List<long>();
        var (bandCalls, bandReleases) = (new int[2, WaitBands.Length], new int[2, WaitBands.Length]);
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0 || !calls[i].IsInbound) continue;
            var series = a == agent ? 0 : 1;
            var band = Band(calls[i].Wait);
            bandCalls[series, band]++;
            if (IsNearZeroByAgent(calls[i], options)) bandReleases[series, band]++;
            if (a == agent && IsRelease(calls[i], options))
                (input.CalledAgainWithinWindow(i) ? telling : others).Add(calls[i].CallId);
        }
        var chart = new List<ChartPoint>();
        for (var band = 0; band < WaitBands.Length; band++)
            for (var series = 0; series < 2; series++)
                if (bandCalls[series, band] > 0)
                    chart.Add(new ChartPoint { X = WaitBands[band], Y = (double)bandReleases[series, band] / bandCalls[series, band], Series = series == 0 ? "agent" : "peers" });
        var corroboration = input.CallersKnown && r.Events > 0
            ? $"; {Percent((double)back / r.Events)} of those callers called again within {Window(input.RepeatWindow)}"
            : "";
        var corroborationFr = input.CallersKnown && r.Events > 0
            ? $" ; {Fr.Percent((double)back / r.Events)} de ces appelants ont rappelé dans les {Fr.Window(input.RepeatWindow)}"
            : "";
        return new FindingEvidence
        {
            SummaryFr = $"{input.AgentName(input.AgentIds[agent])} a raccroché {Fr.Percent(r.Rate)} des appels décrochés après une attente d'au moins " +
                $"{Fr.Seconds(options.LongWaitSeconds)}, dans les {Fr.Seconds(options.DumpTalkSeconds)} de conversation ({Fr.Count(r.Events)} sur {Fr.Count(r.Trials)} ; " +
                $"pairs {Fr.Percent(r.PeerRate)} ; le même agent après des attentes plus courtes {Fr.Percent(shortRate)}){corroborationFr}.",
            Summary = $"{input.AgentName(input.AgentIds[agent])} released {Percent(r.Rate)} of the calls answered after a wait of " +
                $"{options.LongWaitSeconds} s or more within {options.DumpTalkSeconds} s of talk ({Count(r.Events)} of {Count(r.Trials)}; " +
                $"peers {Percent(r.PeerRate)}; the same agent after shorter waits {Percent(shortRate)}){corroboration}.",
            CallIds = TopCalls(telling, others, options.MaxEvidenceCalls),
            Chart = chart,
        };
    }

    private static int Band(int wait)
    {
        var band = 0;
        while (band + 1 < WaitBands.Length && wait >= WaitBands[band + 1]) band++;
        return band;
    }
}
