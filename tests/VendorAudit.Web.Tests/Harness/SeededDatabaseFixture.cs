using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>A fixture with its own copy of the seeded database and the services the CLI and jobs use on it.</summary>
public abstract class SeededDatabaseFixture
{
    protected string Database { get; private set; } = null!;
    protected IHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        Database = await TestDatabases.CreateSeededCopyAsync();
        Host = TestDatabases.BuildHost(Database);
    }

    [OneTimeTearDown]
    public async Task DropDatabase()
    {
        Host.Dispose();
        await TestDatabases.DropAsync(Database);
    }

    /// <summary>Runs a query (or change) on a fresh context that sees every vendor.</summary>
    protected async Task<T> QueryAsync<T>(Func<VendorAuditDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>());
    }
}
