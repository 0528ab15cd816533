namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// Seconds to import a queue_log file of the base call count through the CLI, against seconds to
/// COPY the same calls as plain rows: the import may cost at most twice the raw load.
/// </summary>
public sealed class IngestQueueLogFigure : IFigure
{
    private const double Goal = 0.5;

    public string Name => "ingest-queue_log";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var file = await context.QueueLogAsync(context.Calls);
        await context.Database.RecreateAsync(context.Cli);
        BenchContext.Log($"importing {file.Calls:N0} calls with 'vendoraudit import --format queue_log'");
        var (run, totals) = await context.Cli.ImportQueueLogAsync(file.Path);
        ImportCheck.EnsureComplete(file, totals);
        BenchContext.Log($"imported {totals.Imported:N0} calls in {run.Seconds:N1} s");

        BenchContext.Log($"building {file.Calls:N0} plain rows for the raw COPY");
        var rows = RawCopy.Rows(file.Calls);
        BenchContext.Log("copying them into a bare table");
        var copySeconds = await RawCopy.SecondsAsync(context.Database.RunnerConnectionString, rows);
        BenchContext.Log($"raw COPY took {copySeconds:N1} s");

        var ratio = copySeconds / run.Seconds;
        return [new BenchResult(Name, run.Seconds, "s", copySeconds, ratio, $"ratio >= {Goal}", ratio >= Goal)];
    }
}

/// <summary>A timing means nothing unless the import really took the calls in.</summary>
public static class ImportCheck
{
    /// <summary>Every call written is complete, so all but a handful (transfer edge cases) must land.</summary>
    public static void EnsureComplete(QueueLogFile file, ImportTotals totals)
    {
        var missing = Math.Abs(file.Calls - totals.Imported);
        if (missing > Math.Max(10, file.Calls / 200))
            throw new BenchException($"{Path.GetFileName(file.Path)}: {file.Calls:N0} calls written but {totals.Imported:N0} imported " +
                $"({totals.Rejected:N0} rejected lines, {totals.Incomplete:N0} incomplete, {totals.Duplicates:N0} duplicates).");
    }
}
