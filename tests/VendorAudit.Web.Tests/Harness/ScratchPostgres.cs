using System.Diagnostics;
using Npgsql;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>
/// A PostgreSQL server of the test's own (Debian's binaries, a throw-away data directory, a free port), so that a
/// test may stop and restart it while a portal uses it without disturbing the shared server of the other tests.
/// Holds a copy of the seeded test database, restored from a dump of the shared server's.
/// </summary>
public sealed class ScratchPostgres : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    public const string DatabaseName = "vendoraudit";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"vendoraudit-pg-{Guid.NewGuid():N}");
    private readonly int _port = Visitor.FreePort();

    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = _port, Database = DatabaseName, Username = "postgres", Timeout = 5, CommandTimeout = 30,
    }.ConnectionString;

    public static async Task<ScratchPostgres> StartSeededAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb"))) throw new InvalidOperationException($"PostgreSQL's server binaries are not in {Bin}: run ./build.sh prereqs.");
        var server = new ScratchPostgres();
        Directory.CreateDirectory(server._directory);
        if (Environment.UserName == "root") await RunAsync("chown", ["postgres:postgres", server._directory]);
        await server.AsServerUserAsync("initdb", "-D", server._directory, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        await server.StartAsync();
        var seeded = await TestDatabases.CreateSeededCopyAsync();
        try
        {
            var dump = Path.Combine(Path.GetTempPath(), $"vendoraudit-dump-{Guid.NewGuid():N}.sql");
            var source = new NpgsqlConnectionStringBuilder(TestDatabases.For(seeded));
            await RunAsync("pg_dump", ["--no-owner", "--no-acl", "-h", source.Host!, "-p", source.Port.ToString(), "-U", source.Username!, "-d", seeded, "-f", dump],
                new() { ["PGPASSWORD"] = source.Password ?? "" });
            await RunAsync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", server._port.ToString(), "-U", "postgres", "-c", $"CREATE DATABASE {DatabaseName}"]);
            await RunAsync("psql", ["-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", server._port.ToString(), "-U", "postgres", "-d", DatabaseName, "-f", dump]);
            File.Delete(dump);
        }
        finally
        {
            await TestDatabases.DropAsync(seeded);
        }
        return server;
    }

    public Task StartAsync() => AsServerUserAsync("pg_ctl", "-D", _directory, "-w", "-t", "30", "-l", Path.Combine(_directory, "server.log"),
        "-o", $"-p {_port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>A fast shutdown, as an operator's restart does it: every session is told to end, the connections close.</summary>
    public Task StopAsync() => AsServerUserAsync("pg_ctl", "-D", _directory, "-w", "-t", "30", "-m", "fast", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await AsServerUserAsync("pg_ctl", "-D", _directory, "-w", "-m", "immediate", "stop"); }
        catch (InvalidOperationException) { /* already stopped */ }
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The server refuses to run as root; as root, its commands run as the postgres user.</summary>
    private Task AsServerUserAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Bin, tool), .. args])
            : RunAsync(Path.Combine(Bin, tool), args);

    private static async Task RunAsync(string tool, string[] args, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = "/" };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? []) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {await error}{await output}");
    }
}
