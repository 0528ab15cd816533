using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace VendorAudit.Benchmarks.Portal;

/// <summary>What one wrk run measured.</summary>
public sealed record LoadResult(string Path, long Requests, double Seconds, long Errors, double P50Ms, double P95Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Debian's <c>wrk</c> (installed by ./build.sh bench): a fixed number of keep-alive connections on
/// loopback for a fixed time, sending the signed-in browser's cookies. A small Lua report prints
/// what the text output lacks (p95) as one JSON line.
/// </summary>
public sealed class Wrk
{
    private const string Report = """
        done = function(summary, latency, requests)
          local e = summary.errors
          io.write(string.format('{"requests":%d,"durationUs":%d,"errors":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d}\n',
            summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
            latency:percentile(50), latency:percentile(95), latency:percentile(99)))
        end
        """;

    private readonly string executable;
    private readonly string script;

    private Wrk(string executable, string script)
    {
        this.executable = executable;
        this.script = script;
    }

    /// <summary>wrk from PATH with its report script written next to the results; a clear error when it is missing.</summary>
    public static Wrk Find(string outputDirectory)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "wrk")).FirstOrDefault(File.Exists)
            ?? throw new BenchException("wrk is not installed: run the figure through './build.sh bench', which installs it, or 'apt-get install wrk'.");
        var script = Path.Combine(outputDirectory, "wrk-report.lua");
        File.WriteAllText(script, Report);
        return new Wrk(executable, script);
    }

    public async Task<LoadResult> RunAsync(Uri baseAddress, string path, string cookieHeader, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo(executable,
        [
            "--threads", Math.Min(Environment.ProcessorCount, connections).ToString(CultureInfo.InvariantCulture),
            "--connections", connections.ToString(CultureInfo.InvariantCulture),
            "--duration", $"{(int)duration.TotalSeconds}s",
            "--timeout", "10s",
            "--script", script,
            "--header", $"Cookie: {cookieHeader}",
            "--header", "Accept: text/html",
            new Uri(baseAddress, path).ToString(),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new BenchException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').LastOrDefault(l => l.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
            throw new BenchException($"wrk {path} exited {process.ExitCode} without its report: {(await error).Trim()} {(await output).Trim()}");
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        double Ms(string name) => r.GetProperty(name).GetDouble() / 1000.0;
        return new LoadResult(path, r.GetProperty("requests").GetInt64(), r.GetProperty("durationUs").GetDouble() / 1e6,
            r.GetProperty("errors").GetInt64(), Ms("p50Us"), Ms("p95Us"), Ms("p99Us"));
    }
}
