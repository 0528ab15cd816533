using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Persistence;

/// <summary>Contexts are pooled: a lease sees what its own scope allows, never what the lease before it did.</summary>
[TestFixture]
public sealed class PooledContextTests : SeededDatabaseFixture
{
    [Test]
    public async Task A_context_back_from_the_pool_sees_no_vendor_until_it_is_scoped_again()
    {
        var factory = Host.Services.GetRequiredService<IDbContextFactory<VendorAuditDbContext>>();
        VendorAuditDbContext first;
        await using (first = factory.CreateDbContext().ScopedTo(new AllVendorsScope()))
            (await first.Vendors.CountAsync()).ShouldBe(5);

        await using var second = factory.CreateDbContext();
        second.ShouldBeSameAs(first, "the pool handed out another instance: this test proves nothing");
        (await second.Vendors.CountAsync()).ShouldBe(0);
        (await second.Calls.AnyAsync()).ShouldBeFalse();
    }

    [Test]
    public async Task Each_request_scope_leases_a_context_with_its_own_vendor_scope()
    {
        var atlas = await QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());
        using var vendorHost = TestDatabases.BuildHost(Database, new SingleVendorScope(atlas));
        for (var i = 0; i < 3; i++)
        {
            await using (var scope = vendorHost.Services.CreateAsyncScope())
                (await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors.Select(v => v.Code).ToListAsync()).ShouldBe(["ATLAS"]);
            (await QueryAsync(db => db.Vendors.CountAsync())).ShouldBe(5);
        }
    }

    [Test]
    public async Task A_query_run_again_and_again_is_parsed_and_planned_once_per_connection()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 6; i++)
            (await db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Name).SingleAsync()).ShouldNotBeNullOrEmpty();

        var prepared = await db.Database
            .SqlQuery<string>($"SELECT statement AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%FROM vendors%'")
            .ToListAsync();
        prepared.Count(statement => statement.Contains("'ATLAS'")).ShouldBe(1,
            $"the sixth run of the same query should use a statement prepared on this connection; prepared: {string.Join(" | ", prepared)}");
    }
}
