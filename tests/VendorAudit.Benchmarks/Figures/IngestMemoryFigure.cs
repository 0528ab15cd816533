namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// Peak resident memory of the CLI importing the base call count and twice as many. The importer
/// streams, so memory must stay under a fixed ceiling and not grow with the file.
/// </summary>
public sealed class IngestMemoryFigure : IFigure
{
    private const double CeilingMegabytes = 300;
    private const double Flatness = 1.2;

    public string Name => "ingest-memory";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var single = await PeakAsync(context, context.Calls);
        var twice = await PeakAsync(context, context.Calls * 2);
        var (small, large) = (Count.Short(context.Calls), Count.Short(context.Calls * 2));
        return
        [
            Result($"{Name}-{small}", single, $"<= {CeilingMegabytes} MB", single <= CeilingMegabytes),
            Result($"{Name}-{large}", twice, $"<= {CeilingMegabytes} MB and within {(Flatness - 1) * 100:0} % of {small}",
                twice <= CeilingMegabytes && twice <= single * Flatness),
        ];
    }

    private static BenchResult Result(string name, double megabytes, string goal, bool pass) =>
        new(name, megabytes, "MB", CeilingMegabytes, CeilingMegabytes / megabytes, goal, pass);

    private static async Task<double> PeakAsync(BenchContext context, int calls)
    {
        var file = await context.QueueLogAsync(calls);
        await context.Database.RecreateAsync(context.Cli);
        BenchContext.Log($"importing {file.Calls:N0} calls, watching the process's memory");
        var (run, totals) = await context.Cli.ImportQueueLogAsync(file.Path);
        ImportCheck.EnsureComplete(file, totals);
        BenchContext.Log($"imported {totals.Imported:N0} calls; peak working set {run.PeakMegabytes:N0} MB");
        return run.PeakMegabytes;
    }
}
