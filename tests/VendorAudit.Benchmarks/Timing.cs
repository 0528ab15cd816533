using System.Diagnostics;
using System.Runtime;

namespace VendorAudit.Benchmarks;

/// <summary>Repeated timings and their median: one slow run on a shared machine does not make a figure.</summary>
public static class Timing
{
    /// <summary>Seconds of each of <paramref name="runs"/> runs of <paramref name="work"/>, one after the other.</summary>
    public static async Task<List<double>> SecondsAsync(int runs, Func<Task> work)
    {
        var seconds = new List<double>(runs);
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            seconds.Add(watch.Elapsed.TotalSeconds);
        }
        return seconds;
    }

    /// <summary>
    /// Runs <paramref name="round"/> (given its index) until two rounds in a row compile at most
    /// <paramref name="settled"/> methods, or <paramref name="maxRounds"/> times: tiered compilation recompiles a
    /// method, optimised, a while after it turns hot, and those recompilations would take the cores from
    /// whatever is timed next. Returns how many methods each round compiled.
    /// </summary>
    public static async Task<List<long>> UntilCompiledAsync(int settled, int maxRounds, Func<int, Task> round)
    {
        var compiledPerRound = new List<long>();
        for (var quiet = 0; quiet < 2 && compiledPerRound.Count < maxRounds;)
        {
            var before = JitInfo.GetCompiledMethodCount();
            await round(compiledPerRound.Count);
            compiledPerRound.Add(JitInfo.GetCompiledMethodCount() - before);
            quiet = compiledPerRound[^1] <= settled ? quiet + 1 : 0;
        }
        return compiledPerRound;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new BenchException("Nothing was timed.");
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
