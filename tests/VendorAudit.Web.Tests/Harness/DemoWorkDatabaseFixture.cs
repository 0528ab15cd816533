using Microsoft.Extensions.DependencyInjection;

namespace VendorAudit.Web.Tests.Harness;

/// <summary>A fixture with its own copy of the seeded database after the demo's detection and audit work, for command-line tests.</summary>
public abstract class DemoWorkDatabaseFixture
{
    protected string Database { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase()
    {
        Database = await TestDatabases.CreateSeededCopyAsync();
        using var host = TestDatabases.BuildHost(Database);
        await using var scope = host.Services.CreateAsyncScope();
        await DemoWork.RunAsync(scope.ServiceProvider);
    }

    [OneTimeTearDown]
    public async Task DropDatabase() => await TestDatabases.DropAsync(Database);
}
