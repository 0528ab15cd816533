using VendorAudit.Domain.Findings;
using static VendorAudit.Domain.Detection.EvidenceText;

namespace VendorAudit.Domain.Detection.Detectors;

/// <summary>
/// transfer-deflection: the agent passes customers on instead of resolving. The p-value is that of the
/// agent's transfer rate against its peers' (Fisher, robust peers).
/// <para>
/// Corroboration (a requirement, not part of the p-value): when callers are known, the agent's transferred
/// callers must call again within the repeat window more often than the peers' transferred callers
/// (Fisher, p ≤ 0.05) — the transfers did not help. A specialist desk that transfers a lot, and rightly,
/// is then not taken for a deflector. Without caller numbers the transfer rate stands alone.
/// </para>
/// Effect: the agent's transfer rate minus the peers'.
/// </summary>
public sealed class TransferDeflectionDetector(DetectionOptions options) : IDetector
{
    private const double CorroborationLevel = 0.05;

    public string Kind => FindingKinds.TransferDeflection;

    public IEnumerable<Candidate> Test(VendorPeriodCalls input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agents = input.AgentIds.Count;
        var (answered, transfers, transfersBack) = (new int[agents], new int[agents], new int[agents]);
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
        {
            var a = input.AgentOf(i);
            if (a < 0) continue;
            answered[a]++;
            if (!calls[i].WasTransferred) continue;
            transfers[a]++;
            if (input.CalledAgainWithinWindow(i)) transfersBack[a]++;
        }

        var tested = new bool[agents];
        var repeatTested = new bool[agents];
        for (var a = 0; a < agents; a++)
        {
            tested[a] = answered[a] >= options.MinAgentCalls;
            repeatTested[a] = tested[a] && transfers[a] >= options.MinTransfers;
        }
        var rates = PeerComparison.Compare(transfers, answered, tested, options.StandOutLevel);
        var repeats = PeerComparison.Compare(transfersBack, transfers, repeatTested, options.StandOutLevel);
        for (var a = 0; a < agents; a++)
        {
            if (!tested[a]) continue;
            var corroborated = !input.CallersKnown || (repeatTested[a] && repeats[a].PValue <= CorroborationLevel);
            var agent = a;
            yield return new Candidate(Kind, input.AgentIds[a], answered[a], rates[a].Difference, rates[a].PValue,
                rates[a].Difference >= options.MinTransferEffect && corroborated,
                () => Explain(input, agent, rates, repeats[agent], tested));
        }
    }

    private FindingEvidence Explain(VendorPeriodCalls input, int agent, PeerResult[] rates, PeerResult repeat, bool[] tested)
    {
        var r = rates[agent];
        var telling = new List<long>();
        var others = new List<long>();
        var calls = input.Calls;
        for (var i = 0; i < input.TestedCount; i++)
            if (input.AgentOf(i) == agent && calls[i].WasTransferred)
                (input.CalledAgainWithinWindow(i) ? telling : others).Add(calls[i].CallId);
        var repeats = input.CallersKnown && repeat.Trials > 0
            ? $"; {Percent(repeat.Rate)} of the transferred callers called again within {Window(input.RepeatWindow)} (peers {Percent(repeat.PeerRate)})"
            : "";
        var repeatsFr = input.CallersKnown && repeat.Trials > 0
            ? $" ; {Fr.Percent(repeat.Rate)} des appelants transférés ont rappelé dans les {Fr.Window(input.RepeatWindow)} (pairs {Fr.Percent(repeat.PeerRate)})"
            : "";
        return new FindingEvidence
        {
            SummaryFr = $"{input.AgentName(input.AgentIds[agent])} a transféré {Fr.Percent(r.Rate)} des appels décrochés " +
                $"({Fr.Count(r.Events)} sur {Fr.Count(r.Trials)} ; pairs {Fr.Percent(r.PeerRate)} sur {Fr.Count(r.PeerTrials)}){repeatsFr}.",
            Summary = $"{input.AgentName(input.AgentIds[agent])} transferred {Percent(r.Rate)} of answered calls " +
                $"({Count(r.Events)} of {Count(r.Trials)}; peers {Percent(r.PeerRate)} of {Count(r.PeerTrials)}){repeats}.",
            CallIds = TopCalls(telling, others, options.MaxEvidenceCalls),
            Chart = Funnel(rates, tested, agent),
        };
    }
}
