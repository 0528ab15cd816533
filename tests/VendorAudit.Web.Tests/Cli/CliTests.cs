using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Cli;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Cli;

[TestFixture, NonParallelizable]
public sealed class CliTests
{
    private string _database = null!;

    [SetUp]
    public async Task CreateDatabase() => _database = await TestDatabases.CreateSeededCopyAsync();

    [TearDown]
    public async Task DropDatabase() => await TestDatabases.DropAsync(_database);

    [Test]
    public async Task Users_add_creates_a_vendor_user_bound_to_the_vendor()
    {
        using var host = TestDatabases.BuildHost(_database);
        var exit = await CommandLine.RunAsync(host.Services,
            ["users", "add", "--email", "qa@atlas.example", "--role", "Vendor", "--vendor", "atlas", "--password", "Atlas-QA-2026!"]);
        exit.ShouldBe(0);
        var vendorCode = await QueryAsync(host, db =>
            (from u in db.Users join v in db.Vendors on u.VendorId equals v.Id where u.Email == "qa@atlas.example" select v.Code).SingleAsync());
        vendorCode.ShouldBe("ATLAS");
    }

    [Test]
    public async Task Users_add_refuses_an_unknown_vendor_and_creates_nothing()
    {
        using var host = TestDatabases.BuildHost(_database);
        var exit = await CommandLine.RunAsync(host.Services,
            ["users", "add", "--email", "x@nowhere.example", "--role", "Vendor", "--vendor", "NOPE", "--password", "Nowhere-2026!"]);
        exit.ShouldBe(1);
        (await QueryAsync(host, db => db.Users.AnyAsync(u => u.Email == "x@nowhere.example"))).ShouldBeFalse();
    }

    [Test]
    public void Users_add_with_an_unknown_option_is_a_usage_error()
    {
        using var host = TestDatabases.BuildHost(_database);
        Should.Throw<UsageException>(() => CommandLine.RunAsync(host.Services,
            ["users", "add", "--email", "a@b.example", "--role", "Auditor", "--rol", "Admin"]));
    }

    [Test]
    public async Task Seed_without_force_leaves_existing_data_alone_and_with_force_reloads_it()
    {
        using var host = TestDatabases.BuildHost(_database);
        var before = await QueryAsync(host, db => db.Calls.CountAsync());
        (await CommandLine.RunAsync(host.Services, ["seed", "--small"])).ShouldBe(0);
        (await QueryAsync(host, db => db.Calls.CountAsync())).ShouldBe(before);

        (await CommandLine.RunAsync(host.Services, ["seed", "--small", "--force"])).ShouldBe(0);
        (await QueryAsync(host, db => db.Calls.CountAsync())).ShouldBe(before);
        (await QueryAsync(host, db => db.Vendors.CountAsync())).ShouldBe(5);
        (await QueryAsync(host, db => db.Users.CountAsync(u => u.Email!.EndsWith("@vendoraudit.test")))).ShouldBe(9);
    }

    [Test]
    public async Task Detect_prints_one_json_array_of_findings_as_its_last_line()
    {
        using var host = TestDatabases.BuildHost(_database);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            exit = await CommandLine.RunAsync(host.Services, ["detect", "--from", "2026-09-01", "--to", "2026-10-01", "--vendor", "atlas", "--json"]);
        }
        finally
        {
            Console.SetOut(original);
        }
        exit.ShouldBe(0);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        System.Text.Json.JsonDocument.Parse(last).RootElement.ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Array);
    }

    [Test]
    public void Detect_refuses_a_range_that_ends_before_it_starts()
    {
        using var host = TestDatabases.BuildHost(_database);
        Should.Throw<UsageException>(() => CommandLine.RunAsync(host.Services, ["detect", "--from", "2026-09-01", "--to", "2026-08-01"]))
            .Message.ShouldContain("--to must be after --from");
    }

    [Test]
    public async Task Seeded_calls_keep_no_raw_phone_number()
    {
        using var host = TestDatabases.BuildHost(_database);
        var leaks = await QueryAsync(host, db => db.Database
            .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM calls WHERE details::text ~ '[0-9]{{9,15}}'").SingleAsync());
        leaks.ShouldBe(0);
        (await QueryAsync(host, db => db.Calls.CountAsync(c => c.CallerHash != null && c.CallerHash.Length == 32))).ShouldBeGreaterThan(1000);
    }

    private static async Task<T> QueryAsync<T>(IHost host, Func<VendorAuditDbContext, Task<T>> query)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>());
    }
}
