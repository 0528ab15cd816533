namespace VendorAudit.Domain.Sampling;

/// <summary>
/// Vigna's SplitMix64 generator. Samples must be redrawable from their seed for years (a vendor contests which
/// calls were picked), so the sequence is fixed here rather than left to System.Random's undocumented one.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, bound): draws below the largest multiple of bound are kept, so there is no modulo bias.</summary>
    public ulong NextBelow(ulong bound)
    {
        ArgumentOutOfRangeException.ThrowIfZero(bound);
        var threshold = (0UL - bound) % bound; // = 2^64 mod bound: the uneven low end that is rejected
        while (true)
        {
            var r = Next();
            if (r >= threshold) return r % bound;
        }
    }
}
