using System.Diagnostics;

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

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0) throw new BenchException("Nothing was timed.");
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
