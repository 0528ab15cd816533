using System.Text.RegularExpressions;
using Npgsql;

namespace VendorAudit.Benchmarks;

/// <summary>
/// The throwaway database the figures import into, next to the portal's own on the same server so
/// that measurements never touch real or demo data.
/// </summary>
public sealed partial class BenchDatabase
{
    public const string DefaultName = "vendoraudit_bench";
    private const string DefaultConnectionString =
        "Host=127.0.0.1;Port=5432;Database=vendoraudit;Username=vendoraudit;Password=vendoraudit";

    private readonly string maintenance;

    public BenchDatabase(string? configured, string? name = null)
    {
        Name = string.IsNullOrWhiteSpace(name) ? DefaultName : name.Trim();
        if (!Identifier().IsMatch(Name)) throw new BenchException($"VENDORAUDIT_BENCH_DATABASE '{Name}' is not a plain lower-case database name.");
        var portal = new NpgsqlConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultConnectionString : configured);
        if (portal.Database == Name) throw new BenchException($"The configured database is already '{Name}'; point ConnectionStrings__VendorAudit at the portal's database.");
        // The portal's database serves to drop and create the bench one, which cannot be done from inside it.
        maintenance = new NpgsqlConnectionStringBuilder(portal.ConnectionString) { Pooling = false }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(portal.ConnectionString) { Database = Name }.ConnectionString;
        // The runner's own connections are not pooled: a pooled one left open would be cut by the next drop.
        RunnerConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString;
    }

    /// <summary>
    /// <see cref="DefaultName"/>, or VENDORAUDIT_BENCH_DATABASE: two working copies benchmarking on one
    /// server would otherwise drop each other's database mid-run.
    /// </summary>
    public string Name { get; }

    /// <summary>What the CLI is given, exactly as an operator would configure it.</summary>
    public string ConnectionString { get; }

    public string RunnerConnectionString { get; }

    /// <summary>How many times this run has recreated the database: data prepared before a recreation is gone.</summary>
    public int Generation { get; private set; }

    /// <summary>Drops and recreates the bench database, then migrates it with the CLI, as a deployment would.</summary>
    public async Task RecreateAsync(VendorAuditCli cli)
    {
        BenchContext.Log($"recreating database {Name}");
        // The drop ends every session on the database: a pooled connection of an earlier figure's portal would fail its next use.
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(maintenance))
        {
            try
            {
                await connection.OpenAsync();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                throw new BenchException($"Cannot reach PostgreSQL ({e.Message}). Run './build.sh prereqs' or set ConnectionStrings__VendorAudit.");
            }
            // FORCE: an earlier run killed mid-import may have left a session behind.
            await Execute(connection, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
            await Execute(connection, $"CREATE DATABASE {Name}");
        }
        Generation++;
        var run = await cli.RunAsync("migrate");
        if (run.ExitCode != 0) throw new BenchException($"'vendoraudit migrate' exited {run.ExitCode}: {run.StandardError.Trim()}");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}

/// <summary>A measurement that could not be made; the runner reports it and exits non-zero.</summary>
public sealed class BenchException(string message) : Exception(message);
