namespace VendorAudit.Domain.Detection;

/// <summary>
/// One vendor's calls over one period, prepared once for every detector: in time order, agents numbered
/// densely, and for each call how long until the same caller called again and until the vendor called
/// them back. Calls from <see cref="PeriodEnd"/> on, when given, are only looked at as follow-ups
/// (a callback or a repeat call early next month still answers for a call made this month).
/// </summary>
public sealed class VendorPeriodCalls
{
    public static readonly TimeSpan DefaultRepeatWindow = TimeSpan.FromHours(72);

    private readonly CallFacts[] calls;
    private readonly int[] agentIndex;
    private readonly int[] nextInbound;
    private readonly int[] nextCallback;
    private readonly IReadOnlyDictionary<int, string> agentNames;

    /// <param name="calls">The vendor's calls of the period, in any order, plus any follow-ups after it.</param>
    /// <param name="handleTimeCapSeconds">The contract's handle-time cap; null to look for one in the data.</param>
    /// <param name="repeatWindow">How soon a second call from the same caller is a repeat contact; 72 h by default.</param>
    /// <param name="periodEnd">Calls from this instant on are follow-ups only; null when all calls belong to the period.</param>
    /// <param name="agentNames">Agents as named in the source data, for the summaries; ids are shown otherwise.</param>
    /// <param name="population">Rates of the whole population of vendors, when known, to compare vendor-wide rates with.</param>
    public VendorPeriodCalls(IReadOnlyList<CallFacts> calls, int? handleTimeCapSeconds = null, TimeSpan? repeatWindow = null,
        DateTimeOffset? periodEnd = null, IReadOnlyDictionary<int, string>? agentNames = null, PopulationRates? population = null)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (handleTimeCapSeconds is < 1) throw new ArgumentOutOfRangeException(nameof(handleTimeCapSeconds), "A cap is at least one second.");
        HandleTimeCapSeconds = handleTimeCapSeconds;
        RepeatWindow = repeatWindow ?? DefaultRepeatWindow;
        if (RepeatWindow <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(repeatWindow), "The repeat window must be positive.");
        PeriodEnd = periodEnd;
        Population = population;
        this.agentNames = agentNames ?? new Dictionary<int, string>();

        // Sorting small keys and moving each call once is several times faster than sorting the calls themselves.
        var starts = new long[calls.Count];
        var order = new int[calls.Count];
        for (var i = 0; i < starts.Length; i++) (starts[i], order[i]) = (calls[i].StartedAt.UtcTicks, i);
        Array.Sort(starts, order);
        this.calls = new CallFacts[order.Length];
        for (var i = 0; i < order.Length; i++) this.calls[i] = calls[order[i]];
        TestedCount = periodEnd is { } end ? CountBefore(starts, end.UtcTicks) : this.calls.Length;
        ObservedUntil = this.calls.Length > 0 ? this.calls[^1].StartedAt : DateTimeOffset.MinValue;

        (agentIndex, AgentIds) = NumberAgents(this.calls, TestedCount);
        (nextInbound, nextCallback, CallersKnown) = FollowUps.Compute(this.calls);
    }

    public int? HandleTimeCapSeconds { get; }
    public TimeSpan RepeatWindow { get; }
    public DateTimeOffset? PeriodEnd { get; }
    public PopulationRates? Population { get; }

    /// <summary>The calls in time order: the period's first (<see cref="TestedCount"/> of them), then follow-ups.</summary>
    public ReadOnlySpan<CallFacts> Calls => calls;

    /// <summary>How many calls belong to the period and are tested.</summary>
    public int TestedCount { get; }

    /// <summary>The start of the last call seen: a request whose window runs past it cannot be judged yet.</summary>
    public DateTimeOffset ObservedUntil { get; }

    /// <summary>The agents who answered calls in the period; an agent's index in this list numbers it everywhere.</summary>
    public IReadOnlyList<int> AgentIds { get; }

    /// <summary>True when most calls carry a caller key, so that repeat contacts can be seen at all.</summary>
    public bool CallersKnown { get; }

    /// <summary>The dense index of the agent of call <paramref name="call"/>, or −1 when nobody answered.</summary>
    public int AgentOf(int call) => agentIndex[call];

    /// <summary>Seconds from the call's start until the same caller dialled in again; <see cref="int.MaxValue"/> if never.</summary>
    public int SecondsToRepeat(int call) => nextInbound[call];

    /// <summary>Seconds from the call's start until the vendor called the same caller back; <see cref="int.MaxValue"/> if never.</summary>
    public int SecondsToCallback(int call) => nextCallback[call];

    public bool CalledAgainWithinWindow(int call) => nextInbound[call] <= RepeatWindow.TotalSeconds;

    public string AgentName(int agentId) => agentNames.TryGetValue(agentId, out var name) ? name : $"agent #{agentId}";

    private static int CountBefore(long[] sortedStarts, long end)
    {
        var index = Array.BinarySearch(sortedStarts, end);
        if (index < 0) return ~index;
        while (index > 0 && sortedStarts[index - 1] == end) index--;
        return index;
    }

    private static (int[] Index, IReadOnlyList<int> Ids) NumberAgents(CallFacts[] calls, int tested)
    {
        var index = new int[calls.Length];
        var byId = new Dictionary<int, int>();
        var ids = new List<int>();
        for (var i = 0; i < calls.Length; i++)
        {
            if (i >= tested || !calls[i].WasAnswered) { index[i] = -1; continue; }
            var id = calls[i].AgentId!.Value;
            if (!byId.TryGetValue(id, out var dense)) { dense = ids.Count; byId[id] = dense; ids.Add(id); }
            index[i] = dense;
        }
        return (index, ids);
    }
}
