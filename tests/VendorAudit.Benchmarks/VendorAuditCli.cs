using System.Diagnostics;
using System.Text.Json;

namespace VendorAudit.Benchmarks;

/// <summary>One run of the CLI: how it ended, how long it took and the most memory it held.</summary>
public sealed record CliRun(int ExitCode, double Seconds, double PeakMegabytes, string StandardOutput, string StandardError);

/// <summary>The last line of <c>import --json</c>.</summary>
public sealed record ImportTotals(long Total, long Imported, long Duplicates, long Rejected, long Incomplete);

/// <summary>
/// Runs <c>vendoraudit</c> as published (Release, ReadyToRun, as build.sh bench publishes it to
/// artifacts/cli) in a child process, the way operators run it, so the figures include everything a
/// real import pays for: start-up, parsing, pseudonymising and loading.
/// </summary>
public sealed class VendorAuditCli(string root, string connectionString)
{
    // Any fixed 32 bytes: the figures need the hashing work done, not a secret.
    public static readonly string CallerHashKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private string PublishDirectory { get; } = Path.Combine(root, "artifacts", "cli");

    public string DllPath => Path.Combine(PublishDirectory, "vendoraudit.dll");

    /// <summary>Publishes the CLI as build.sh does when it has not (the runner started by hand).</summary>
    public async Task EnsureBuiltAsync()
    {
        if (File.Exists(DllPath)) return;
        BenchContext.Log("publishing src/VendorAudit.Cli (Release, ReadyToRun)");
        var publish = Process.Start(new ProcessStartInfo("dotnet",
            ["publish", Path.Combine(root, "src", "VendorAudit.Cli"), "-c", "Release", "--use-current-runtime", "--self-contained", "false",
             "-o", PublishDirectory, "-nologo", "-v", "q"]) { WorkingDirectory = root })
            ?? throw new BenchException("Could not start 'dotnet publish'.");
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0 || !File.Exists(DllPath)) throw new BenchException("Publishing src/VendorAudit.Cli failed (output above).");
    }

    /// <summary>Imports one queue_log file and checks the CLI said it imported it.</summary>
    public async Task<(CliRun Run, ImportTotals Totals)> ImportQueueLogAsync(string file)
    {
        // The import path alone: detection after it is measured by its own figure.
        var run = await RunAsync("import", "--vendor", "BENCH", "--format", "queue_log", file, "--json", "--no-detect");
        var last = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (run.ExitCode != 0 || last is null)
            throw new BenchException($"'vendoraudit import' exited {run.ExitCode}: {Head(run.StandardError)}");
        try
        {
            var totals = JsonSerializer.Deserialize<ImportTotals>(last, new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new BenchException($"'vendoraudit import --json' printed null: {last}");
            return (run, totals);
        }
        catch (JsonException)
        {
            throw new BenchException($"'vendoraudit import --json' did not end with its JSON totals: {Head(last)}");
        }
    }

    public async Task<CliRun> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [DllPath, .. arguments])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__VendorAudit"] = connectionString;
        start.Environment["VendorAudit__CallerHashKey"] = CallerHashKey;

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchException("Could not start 'dotnet vendoraudit.dll'.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        var peak = new PeakMemory(process.Id);
        // The kernel's high-water mark dies with the process, so it is read while the process lives.
        while (!exited.IsCompleted)
        {
            peak.Sample();
            await Task.WhenAny(exited, Task.Delay(100));
        }
        await exited;
        var seconds = watch.Elapsed.TotalSeconds;
        return new CliRun(process.ExitCode, seconds, peak.Megabytes, await output, await error);
    }

    // An unhandled exception puts its message first and a long stack trace after; the message is what helps.
    private static string Head(string text) => text.Length <= 1500 ? text.Trim() : text[..1500].Trim() + " …";
}

/// <summary>Peak resident memory of a live process, from /proc: VmHWM, with VmRSS as a floor where VmHWM is missing.</summary>
public sealed class PeakMemory(int pid)
{
    private long peakKilobytes;

    public double Megabytes => peakKilobytes / 1024.0;

    public void Sample()
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines($"/proc/{pid}/status");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // The process has just exited; the previous sample stands.
        }
        foreach (var line in lines)
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal) || line.StartsWith("VmRSS:", StringComparison.Ordinal))
                peakKilobytes = Math.Max(peakKilobytes, long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
