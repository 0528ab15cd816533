using Bogus;

namespace VendorAudit.Seed;

/// <summary>
/// The few distributions the simulation needs, drawn from one Bogus <see cref="Randomizer"/> so that a
/// seed fixes every draw. Numbers only: building a Faker per call would be far too slow.
/// </summary>
internal sealed class Dice(Randomizer random)
{
    public double Uniform() => random.Double();

    public double Uniform(double min, double max) => min + (max - min) * random.Double();

    public bool Chance(double probability) => probability > 0 && random.Double() < probability;

    /// <summary>An integer between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => random.Number(min, max);

    /// <summary>A standard normal draw (Box-Muller, one of the pair kept so every call consumes the same draws).</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - random.Double();
        var u2 = random.Double();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Gaussian());

    public double Exponential(double mean) => -mean * Math.Log(1.0 - random.Double());

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Number(0, items.Count - 1)];

    /// <summary>An index drawn with the given weights, which need not sum to one.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        for (var i = 0; i < weights.Count; i++) total += weights[i];
        var target = random.Double() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            target -= weights[i];
            if (target < 0) return i;
        }
        return weights.Count - 1;
    }
}

/// <summary>Independent, reproducible seeds per vendor and per purpose, all derived from the demo's one seed.</summary>
internal static class Seeds
{
    public const int Roster = 1;
    public const int Traffic = 2;

    public static int For(int seed, int vendorIndex, int purpose)
    {
        // SplitMix64 finaliser: nearby inputs give unrelated seeds.
        var x = unchecked((ulong)(uint)seed * 0x9E3779B97F4A7C15UL + ((ulong)(uint)vendorIndex << 32) + (uint)purpose);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return (int)(x & 0x7FFF_FFFF);
    }
}
