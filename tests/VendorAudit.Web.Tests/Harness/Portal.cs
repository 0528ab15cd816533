using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>The real portal, in process, on its own copy of the seeded database, in production mode.</summary>
public sealed class Portal : WebApplicationFactory<Program>
{
    /// <summary>The suites sign in hundreds of times a minute from one address; the rate limit's own test sets it low.</summary>
    private const string TestLoginAttemptsPerMinute = "100000";

    private readonly bool _ownsDatabase;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private Portal(string database, bool ownsDatabase, IReadOnlyDictionary<string, string>? settings = null)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public string Database { get; }

    /// <summary>What the portal logged, down to Debug (more than production writes).</summary>
    public CapturedLogs Logs { get; } = new();

    public static async Task<Portal> StartAsync(IReadOnlyDictionary<string, string>? settings = null) =>
        new(await TestDatabases.CreateSeededCopyAsync(), ownsDatabase: true, settings);

    /// <summary>The portal on a server of the test's own, which the test may stop and start.</summary>
    public static Portal On(ScratchPostgres server) =>
        new(ScratchPostgres.DatabaseName, ownsDatabase: false, new Dictionary<string, string> { ["ConnectionStrings:VendorAudit"] = server.ConnectionString });

    /// <summary>An instance of the portal on an existing database that the caller owns (and drops).</summary>
    public static Portal Attach(string database, IReadOnlyDictionary<string, string>? settings = null) => new(database, ownsDatabase: false, settings);

    /// <summary>A second instance of the portal on another portal's database, as behind a load balancer.</summary>
    public static Portal SecondInstanceOf(Portal first) => new(first.Database, ownsDatabase: false);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:VendorAudit", TestDatabases.For(Database));
        builder.UseSetting("VendorAudit:CallerHashKey", TestDatabases.CallerHashKey);
        builder.UseSetting("VendorAudit:LoginAttemptsPerMinute", TestLoginAttemptsPerMinute);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
    }

    /// <summary>An HTTP client that keeps cookies but does not follow redirects, over https as in production.</summary>
    public Visitor Visit() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>Runs a query with a given vendor scope, straight against the data layer.</summary>
    public async Task<T> QueryAsync<T>(Func<VendorAuditDbContext, Task<T>> query, IVendorScope? scope = null)
    {
        await using var services = Services.CreateAsyncScope();
        var options = services.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.DbContextOptions<VendorAuditDbContext>>();
        await using var db = new VendorAuditDbContext(options).ScopedTo(scope ?? new AllVendorsScope());
        return await query(db);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) await TestDatabases.DropAsync(Database);
    }
}
