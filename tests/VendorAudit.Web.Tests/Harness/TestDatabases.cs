using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using VendorAudit.Infrastructure;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Seed;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>
/// Real PostgreSQL for every test: the schema is migrated and the small demo seeded once into a
/// template database; each fixture then gets its own copy (CREATE DATABASE … TEMPLATE), fast and isolated.
/// </summary>
public static class TestDatabases
{
    // Names carry the test process id: test projects may run side by side, and databases left by a
    // killed run are recognised (their process is gone) and dropped at the next start.
    private static readonly string Prefix = $"vendoraudit_test_{Environment.ProcessId}_";
    public static readonly string Template = Prefix + "template";
    public const string CallerHashKey = "dGVzdC1jYWxsZXItaGFzaC1rZXktMzItYnl0ZXMtbG9uZyE="; // fixed, test-only
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool _templateReady;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("ConnectionStrings__VendorAudit") is { Length: > 0 } configured
            ? configured
            : DependencyInjection.DefaultConnectionString;

    public static string For(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    /// <summary>A fresh database holding the migrated schema and the small demo data.</summary>
    public static async Task<string> CreateSeededCopyAsync()
    {
        await EnsureTemplateAsync();
        var name = Prefix + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE {name} TEMPLATE {Template}");
        return name;
    }

    /// <summary>A fresh, empty database (no schema), for migration tests.</summary>
    public static async Task<string> CreateEmptyAsync()
    {
        var name = Prefix + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        return name;
    }

    public static async Task DropAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        // FORCE may meet an autovacuum worker (a superuser's backend the test role may not end) on a
        // database a test just wrote to: it finishes in moments, so try again briefly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                await Task.Delay(250 * attempt);
            }
        }
    }

    /// <summary>Services wired as the CLI wires them, on the given database.</summary>
    public static IHost BuildHost(string database, IVendorScope? scope = null, Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:VendorAudit"] = For(database),
            ["VendorAudit:CallerHashKey"] = CallerHashKey,
        });
        builder.AddInfrastructure();
        builder.Services.AddSingleton(scope ?? new AllVendorsScope());
        services?.Invoke(builder.Services);
        return builder.Build();
    }

    private static async Task EnsureTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templateReady) return;
            await DropLeftoversAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropAsync(Template).GetAwaiter().GetResult();
            await ExecuteOnServerAsync($"CREATE DATABASE {Template}");
            using (var host = BuildHost(Template))
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(DemoOptions.Small, force: false);
            }
            NpgsqlConnection.ClearAllPools(); // a template must have no open connections
            _templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task DropLeftoversAsync()
    {
        var names = new List<string>();
        await using (var connection = new NpgsqlConnection(For("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'vendoraudit\\_test\\_%'", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));
        }
        foreach (var name in names)
        {
            var pid = name.Split('_')[2];
            if (!int.TryParse(pid, out var id) || id == Environment.ProcessId || !IsRunning(id)) await DropAsync(name);
        }
    }

    private static bool IsRunning(int processId)
    {
        try { return !System.Diagnostics.Process.GetProcessById(processId).HasExited; }
        catch (ArgumentException) { return false; }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(For("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
