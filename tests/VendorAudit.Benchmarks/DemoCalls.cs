using System.Text;
using VendorAudit.Domain.Periods;
using VendorAudit.Seed;

namespace VendorAudit.Benchmarks;

/// <summary>What a queue_log file holds: the path, the calls written into it and its lines.</summary>
public sealed record QueueLogFile(string Path, int Calls, long Lines);

/// <summary>
/// The benchmark's calls: the demo generator's five vendors over three months, merged in time order
/// as if one vendor's PBX had taken them all, cut to an exact count. Call ids stay unique because
/// the generator starts each one with its vendor's code.
/// </summary>
public static class DemoCalls
{
    private const int Seed = 20261122;
    private const int Months = 3;

    /// <summary>Exactly <paramref name="count"/> calls in start order (fewer only if the generator falls short).</summary>
    public static IEnumerable<DemoCall> Take(int count)
    {
        // Monthly volumes vary by ±5 % around the target; the margin makes sure the cut, not the
        // generator, decides the count.
        var perVendorPerMonth = (int)Math.Ceiling(count * 1.1 / (5.0 * Months));
        var generator = new DemoDataGenerator(new DemoOptions(Seed, new Period(2026, 8), Months, perVendorPerMonth));
        return Merge(generator.Vendors.Select(generator.Calls)).Take(count);
    }

    /// <summary>Streams the calls through the seed's queue_log writer, which keeps only open calls in memory.</summary>
    public static QueueLogFile WriteQueueLog(string path, int count)
    {
        var calls = 0;
        long lines = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.NewLine = "\n";
        foreach (var line in QueueLogExport.Lines(Counted(Take(count))))
        {
            writer.WriteLine(line);
            lines++;
        }
        return new QueueLogFile(path, calls, lines);

        IEnumerable<DemoCall> Counted(IEnumerable<DemoCall> source)
        {
            foreach (var call in source)
            {
                calls++;
                yield return call;
            }
        }
    }

    /// <summary>K-way merge of streams each already in start order.</summary>
    private static IEnumerable<DemoCall> Merge(IEnumerable<IEnumerable<DemoCall>> streams)
    {
        var heads = new PriorityQueue<IEnumerator<DemoCall>, (DateTimeOffset At, int Stream)>();
        var opened = new List<IEnumerator<DemoCall>>();
        try
        {
            foreach (var stream in streams)
            {
                var e = stream.GetEnumerator();
                opened.Add(e);
                if (e.MoveNext()) heads.Enqueue(e, (e.Current.StartedAt, opened.Count));
            }
            while (heads.TryDequeue(out var e, out var key))
            {
                yield return e.Current;
                if (e.MoveNext()) heads.Enqueue(e, (e.Current.StartedAt, key.Stream));
            }
        }
        finally
        {
            foreach (var e in opened) e.Dispose();
        }
    }
}
