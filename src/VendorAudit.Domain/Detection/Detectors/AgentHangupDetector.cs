using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// agent-hangup: the agent ends answered calls within the first seconds of talk far more often than
/// its peers do. Only calls <b>ended by the agent</b> count: a caller who hangs up (a wrong number) is
/// never evidence. Releases of near-zero talk after a long wait are left to queue-dumping, which is
/// that behaviour's own kind, so one habit is not reported twice.
/// <para>
/// Corroboration (a requirement, not part of the p-value): when callers are known, the callers of the
/// agent's quick hang-ups must call again within the repeat window significantly more often (Fisher,
/// p ≤ 0.05) than callers after the vendor's other answered calls. A line full of silent or robot calls,
/// which nobody calls back about, is then not taken for an agent hanging up on customers.
/// </para>
/// Effect: the agent's share of quick hang-ups minus the peers' share.
/// </summary>
public sealed class AgentHangupDetector(DetectionOptions options) : IDetector
{
    private const double CorroborationLevel = 0.05;

    public string Kind => FindingKinds.AgentHangup;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agents = input.AgentIds.Count;
        var answered = new int[agents];
        var quick = new int[agents];
        var quickBack = new int[agents];
        int otherCalls = 0, otherBack = 0;
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0) continue;
            answered[a]++;
            var back = input.CalledAgainWithinWindow(i);
            if (IsQuickHangup(calls[i])) { quick[a]++; if (back) quickBack[a]++; }
            else { otherCalls++; if (back) otherBack++; }
        }

        var tested = new bool[agents];
        for (var a = 0; a < agents; a++) tested[a] = answered[a] >= options.MinAgentCalls;
        var results = PeerComparison.Compare(quick, answered, tested, options.StandOutLevel);
        var baseline = otherCalls == 0 ? 0 : (double)otherBack / otherCalls;
        for (var a = 0; a < agents; a++)
        {
            if (!tested[a]) continue;
            var r = results[a];
            var corroborated = !input.CallersKnown ||
                (quick[a] > 0 && FisherExact.GreaterP(quickBack[a], quick[a], otherBack, otherCalls) <= CorroborationLevel);
            var agent = a;
            yield return new Candidate(Kind, input.AgentIds[a], r.Trials, r.Difference, r.PValue,
                r.Difference >= options.MinHangupEffect && corroborated,
                () => Explain(input, agent, results, tested, quickBack[agent], baseline));
        }
    }

    /// <summary>Ended by the agent within the first seconds of talk, and not a release after a long wait (queue-dumping).</summary>
    public bool IsQuickHangup(in CallFacts call) =>
        call.EndedBy == EndedBy.Agent && call.Talk <= options.QuickHangupTalkSeconds && !QueueDumpingDetector.IsRelease(call, options);

    private FindingEvidence Explain(VendorPeriodCalls input, int agent, PeerResult[] results, bool[] tested, int back, double baseline)
    {
        var r = results[agent];
        var telling = new List<long>();
        var others = new List<long>();
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
            if (input.AgentOf(i) == agent && IsQuickHangup(calls[i]))
                (input.CalledAgainWithinWindow(i) ? telling : others).Add(calls[i].CallId);
        var name = input.AgentName(input.AgentIds[agent]);
        var corroboration = input.CallersKnown && r.Events > 0
            ? $"; {Percent((double)back / r.Events)} of those callers called again within {Window(input.RepeatWindow)} (after other calls: {Percent(baseline)})"
            : "";
        var corroborationFr = input.CallersKnown && r.Events > 0
            ? $" ; {Fr.Percent((double)back / r.Events)} de ces appelants ont rappelé dans les {Fr.Window(input.RepeatWindow)} (après les autres appels : {Fr.Percent(baseline)})"
            : "";
        return new FindingEvidence
        {
            Summary = $"{name} ended {Percent(r.Rate)} of answered calls within {options.QuickHangupTalkSeconds} s of talk " +
                $"({Count(r.Events)} of {Count(r.Trials)} calls; peers {Percent(r.PeerRate)} of {Count(r.PeerTrials)}){corroboration}.",
            SummaryFr = $"{name} a mis fin à {Fr.Percent(r.Rate)} des appels décrochés dans les {Fr.Seconds(options.QuickHangupTalkSeconds)} de conversation " +
                $"({Fr.Count(r.Events)} sur {Fr.Count(r.Trials)} appels ; pairs {Fr.Percent(r.PeerRate)} sur {Fr.Count(r.PeerTrials)}){corroborationFr}.",
            CallIds = TopCalls(telling, others, options.MaxEvidenceCalls),
            Chart = Funnel(results, tested, agent),
        };
    }
}
