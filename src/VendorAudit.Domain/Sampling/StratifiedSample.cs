namespace VendorAudit.Domain.Sampling;

/// <summary>A stratum (an agent, a queue…) with its calls and the share of the sample it gets.</summary>
public sealed record Stratum(string Key, int Population, int Allocated);

public sealed record SamplingUnit(long CallId, string StratumKey);

/// <summary>A stratified random sample: proportional allocation across strata, a uniform draw within each.</summary>
public static class StratifiedSample
{
    /// <summary>
    /// Proportional allocation by largest remainders (Hamilton), ties broken by key (ordinal). When the size allows,
    /// every non-empty stratum gets at least one call — taken from the stratum most above its exact quota — so that
    /// no agent escapes the sample. Strata come back in key order, empty ones with 0.
    /// </summary>
    public static IReadOnlyList<Stratum> Allocate(IReadOnlyDictionary<string, int> populations, int size)
    {
        ArgumentNullException.ThrowIfNull(populations);
        if (size < 0) throw new DomainException($"size: must be 0 or more (was {size}).");
        foreach (var (key, population) in populations)
            if (population < 0) throw new DomainException($"populations[{key}]: must be 0 or more (was {population}).");

        var keys = populations.Keys.Order(StringComparer.Ordinal).ToArray();
        var n = keys.Select(k => (long)populations[k]).ToArray();
        long total = n.Sum();
        if (size >= total) return keys.Select((k, i) => new Stratum(k, (int)n[i], (int)n[i])).ToList();

        // Exact quotas size × N_i / total as whole part + remainder over the common denominator: no float ties.
        var allocated = n.Select(ni => size * ni / total).ToArray();
        var remainder = n.Select(ni => size * ni % total).ToArray();
        var left = size - allocated.Sum();
        foreach (var i in Enumerable.Range(0, keys.Length).OrderByDescending(i => remainder[i]).ThenBy(i => keys[i], StringComparer.Ordinal).Take((int)left))
            allocated[i]++;

        var nonEmpty = n.Count(ni => ni > 0);
        if (size >= nonEmpty)
            for (var i = 0; i < keys.Length; i++)
            {
                if (n[i] == 0 || allocated[i] > 0) continue;
                // Over-allocation a_j − quota_j, scaled by total; a donor with 2 or more always exists since size ≥ strata.
                var donor = Enumerable.Range(0, keys.Length).Where(j => allocated[j] > 1)
                    .OrderByDescending(j => allocated[j] * total - size * n[j]).ThenBy(j => keys[j], StringComparer.Ordinal).First();
                allocated[donor]--;
                allocated[i] = 1;
            }
        return keys.Select((k, i) => new Stratum(k, (int)n[i], (int)allocated[i])).ToList();
    }

    /// <summary>
    /// Draws <paramref name="size"/> calls: allocated as above, then a partial Fisher–Yates over each stratum's call
    /// ids sorted ascending, with a generator seeded from the seed and the stratum key, so the same units (in any
    /// order) and seed always give the same calls, and one stratum's draw does not move when another changes.
    /// </summary>
    public static IReadOnlyList<long> Draw(IEnumerable<SamplingUnit> units, int size, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(units);
        var strata = new Dictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        var stratumOf = new Dictionary<long, string>();
        foreach (var unit in units)
        {
            if (stratumOf.TryGetValue(unit.CallId, out var known) && known != unit.StratumKey)
                throw new DomainException($"units: call {unit.CallId} is in two strata ({known}, {unit.StratumKey}).");
            stratumOf[unit.CallId] = unit.StratumKey;
            if (!strata.TryGetValue(unit.StratumKey, out var calls)) strata[unit.StratumKey] = calls = [];
            calls.Add(unit.CallId);
        }

        var drawn = new List<long>();
        foreach (var stratum in Allocate(strata.ToDictionary(s => s.Key, s => s.Value.Count, StringComparer.Ordinal), size))
        {
            var calls = strata[stratum.Key].ToArray();
            var random = new SplitMix64(StratumSeed(seed, stratum.Key));
            for (var i = 0; i < stratum.Allocated; i++)
            {
                var j = i + (int)random.NextBelow((ulong)(calls.Length - i));
                (calls[i], calls[j]) = (calls[j], calls[i]);
            }
            drawn.AddRange(calls.Take(stratum.Allocated));
        }
        drawn.Sort();
        return drawn;
    }

    /// <summary>FNV-1a over the key's UTF-16 code units, folded into the seed (string.GetHashCode varies per process).</summary>
    private static ulong StratumSeed(ulong seed, string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return new SplitMix64(seed ^ hash).Next();
    }
}
