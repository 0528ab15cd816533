using Spectre.Console;
using VendorAudit.Benchmarks.Audits;

namespace VendorAudit.Benchmarks;

/// <summary>What every figure shares: where the repository is, the call count, the bench database and the CLI.</summary>
public sealed class BenchContext
{
    private readonly Dictionary<int, Task<QueueLogFile>> queueLogs = [];
    private (AuditData Data, int Generation)? audit;

    public BenchContext(string root, int calls)
    {
        Root = root;
        Calls = calls;
        OutputDirectory = Path.Combine(root, "artifacts", "bench");
        Directory.CreateDirectory(OutputDirectory);
        Database = new BenchDatabase(Environment.GetEnvironmentVariable("ConnectionStrings__VendorAudit"),
            Environment.GetEnvironmentVariable("VENDORAUDIT_BENCH_DATABASE"));
        Cli = new VendorAuditCli(root, Database.ConnectionString);
    }

    public string Root { get; }

    /// <summary>The base number of calls (1,000,000 unless --calls says otherwise); figures scale from it.</summary>
    public int Calls { get; }

    public string OutputDirectory { get; }

    public BenchDatabase Database { get; }

    public VendorAuditCli Cli { get; }

    /// <summary>
    /// A queue_log file of <paramref name="calls"/> demo calls, written once per run and shared by
    /// the figures that need the same size (generating a million calls takes a while).
    /// </summary>
    public Task<QueueLogFile> QueueLogAsync(int calls)
    {
        if (!queueLogs.TryGetValue(calls, out var file))
        {
            var path = Path.Combine(OutputDirectory, $"queue_log-{Count.Short(calls)}.log");
            file = Task.Run(() =>
            {
                Log($"writing {calls:N0} calls as queue_log to {Path.GetRelativePath(Root, path)}");
                var written = DemoCalls.WriteQueueLog(path, calls);
                Log($"wrote {written.Calls:N0} calls, {written.Lines:N0} lines, {new FileInfo(path).Length / 1048576.0:N0} MB");
                return written;
            });
            queueLogs[calls] = file;
        }
        return file;
    }

    /// <summary>
    /// The audit figures' database (<see cref="AuditDatabase"/>), prepared once and shared by the figures
    /// that follow each other, until another figure recreates the database.
    /// </summary>
    public async Task<AuditData> AuditDataAsync()
    {
        if (audit is { } known && known.Generation == Database.Generation) return known.Data;
        var data = await AuditDatabase.PrepareAsync(this);
        audit = (data, Database.Generation);
        return data;
    }

    /// <summary>A progress line with the time, so a human watching knows the run is alive.</summary>
    public static void Log(string message) =>
        AnsiConsole.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {message}");
}

/// <summary>Call counts as people say them: 1M, 2M, 20k.</summary>
public static class Count
{
    public static string Short(int count) => count switch
    {
        >= 1_000_000 when count % 1_000_000 == 0 => $"{count / 1_000_000}M",
        >= 1_000 when count % 1_000 == 0 => $"{count / 1_000}k",
        _ => count.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
