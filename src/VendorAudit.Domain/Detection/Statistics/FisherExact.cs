namespace VendorAudit.Domain.Detection.Statistics;

/// <summary>
/// Fisher's exact test, one-sided: is the share <c>k/n</c> of one group (an agent) larger than the share
/// <c>K/N</c> of the other (its peers) beyond chance? Exact at every sample size, and it counts the
/// peers' own sampling noise, which a binomial test against the peers' rate would treat as known.
/// </summary>
public static class FisherExact
{
    /// <summary>P(X ≥ k) for X hypergeometric: n draws from n + N calls of which k + K are events.</summary>
    public static double GreaterP(int k, int n, int peerK, int peerN)
    {
        if (k < 0 || peerK < 0 || k > n || peerK > peerN) throw new ArgumentOutOfRangeException(nameof(k), "Events must lie between 0 and the number of trials.");
        var total = n + peerN;
        var events = k + peerK;
        var lowest = Math.Max(0, n - (total - events));
        var highest = Math.Min(n, events);
        if (k <= lowest) return 1;
        var mean = (double)n * events / Math.Max(1, total);
        // Sum whichever tail is the shorter and lies away from the mode, so every term is small and the sum exact.
        return k > mean
            ? Sum(k, highest, +1, n, events, total)
            : 1 - Sum(k - 1, lowest, -1, n, events, total);
    }

    private static double Sum(int from, int to, int direction, int n, int events, int total)
    {
        var logTerm = SpecialFunctions.LogChoose(events, from) + SpecialFunctions.LogChoose(total - events, n - from)
            - SpecialFunctions.LogChoose(total, n);
        var term = Math.Exp(logTerm);
        var sum = term;
        for (var x = from; x != to; x += direction)
        {
            // Ratio of consecutive hypergeometric probabilities, so no further logarithms are needed.
            term *= direction > 0
                ? (double)(events - x) * (n - x) / ((x + 1.0) * (total - events - n + x + 1.0))
                : x * (total - events - n + (double)x) / ((events - x + 1.0) * (n - x + 1.0));
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return Math.Min(1, sum);
    }
}
