using System.Buffers;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// One vendor's calls over one period, prepared once for every detector: in time order, agents numbered
/// densely, and for each call how long until the same caller called again and until the vendor called
/// them back. Calls from <see cref="PeriodEnd"/> on, when given, are only looked at as follow-ups
/// (a callback or a repeat call early next month still answers for a call made this month).
/// <para>
/// Its arrays come from the shared pool and go back to it on <see cref="Dispose"/>: a vendor's month is tens
/// of megabytes, and taking fresh memory for it on every run costs more in page faults than sorting it does.
/// Undisposed, they are simply collected.
/// </para>
/// </summary>
public sealed class VendorPeriodCalls : IDisposable
{
    public static readonly TimeSpan DefaultRepeatWindow = TimeSpan.FromHours(72);

    private readonly int count;
    private CallFacts[]? calls;
    private int[]? agentIndex;
    private int[]? nextInbound;
    private int[]? nextCallback;
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

        count = calls.Count;
        this.calls = ArrayPool<CallFacts>.Shared.Rent(count);
        // Sorting small keys and moving each call once is several times faster than sorting the calls themselves.
        var starts = ArrayPool<long>.Shared.Rent(count);
        var order = ArrayPool<int>.Shared.Rent(count);
        for (var i = 0; i < count; i++) (starts[i], order[i]) = (calls[i].StartedAt.UtcTicks, i);
        Array.Sort(starts, order, 0, count);
        for (var i = 0; i < count; i++) this.calls[i] = calls[order[i]];
        TestedCount = periodEnd is { } end ? CountBefore(starts.AsSpan(0, count), end.UtcTicks) : count;
        ArrayPool<long>.Shared.Return(starts);
        ArrayPool<int>.Shared.Return(order);
        ObservedUntil = count > 0 ? this.calls[count - 1].StartedAt : DateTimeOffset.MinValue;

        (agentIndex, AgentIds) = NumberAgents(Calls, TestedCount);
        (nextInbound, nextCallback, CallersKnown) = FollowUps.Compute(Calls);
    }

    public int? HandleTimeCapSeconds { get; }
    public TimeSpan RepeatWindow { get; }
    public DateTimeOffset? PeriodEnd { get; }
    public PopulationRates? Population { get; }

    /// <summary>The calls in time order: the period's first (<see cref="TestedCount"/> of them), then follow-ups.</summary>
    public ReadOnlySpan<CallFacts> Calls => Live(calls).AsSpan(0, count);

    /// <summary>How many calls belong to the period and are tested.</summary>
    public int TestedCount { get; }

    /// <summary>The start of the last call seen: a request whose window runs past it cannot be judged yet.</summary>
    public DateTimeOffset ObservedUntil { get; }

    /// <summary>The agents who answered calls in the period; an agent's index in this list numbers it everywhere.</summary>
    public IReadOnlyList<int> AgentIds { get; }

    /// <summary>True when most calls carry a caller key, so that repeat contacts can be seen at all.</summary>
    public bool CallersKnown { get; }

    /// <summary>The dense index of the agent of call <paramref name="call"/>, or −1 when nobody answered.</summary>
    public int AgentOf(int call) => Live(agentIndex)[call];

    /// <summary>Seconds from the call's start until the same caller dialled in again; <see cref="int.MaxValue"/> if never.</summary>
    public int SecondsToRepeat(int call) => Live(nextInbound)[call];

    /// <summary>Seconds from the call's start until the vendor called the same caller back; <see cref="int.MaxValue"/> if never.</summary>
    public int SecondsToCallback(int call) => Live(nextCallback)[call];

    public bool CalledAgainWithinWindow(int call) => SecondsToRepeat(call) <= RepeatWindow.TotalSeconds;

    public string AgentName(int agentId) => agentNames.TryGetValue(agentId, out var name) ? name : $"agent #{agentId}";

    /// <summary>Gives the arrays back to the pool; the calls cannot be read after this.</summary>
    public void Dispose()
    {
        if (calls is null) return;
        ArrayPool<CallFacts>.Shared.Return(calls);
        ArrayPool<int>.Shared.Return(agentIndex!);
        ArrayPool<int>.Shared.Return(nextInbound!);
        ArrayPool<int>.Shared.Return(nextCallback!);
        (calls, agentIndex, nextInbound, nextCallback) = (null, null, null, null);
    }

    private static T[] Live<T>(T[]? array) => array ?? throw new ObjectDisposedException(nameof(VendorPeriodCalls));

    private static int CountBefore(ReadOnlySpan<long> sortedStarts, long end)
    {
        var index = sortedStarts.BinarySearch(end);
        if (index < 0) return ~index;
        while (index > 0 && sortedStarts[index - 1] == end) index--;
        return index;
    }

    private static (int[] Index, IReadOnlyList<int> Ids) NumberAgents(ReadOnlySpan<CallFacts> calls, int tested)
    {
        var index = ArrayPool<int>.Shared.Rent(calls.Length);
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
