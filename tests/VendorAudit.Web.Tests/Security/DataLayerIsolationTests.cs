using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Security;

/// <summary>The query filters themselves: every vendor-owned entity of the model, present and future.</summary>
[TestFixture]
public sealed class DataLayerIsolationTests : PortalFixture
{
    [Test]
    public async Task A_single_vendor_scope_sees_only_that_vendors_rows_of_every_vendor_owned_entity()
    {
        var atlas = await Portal.QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());
        var owned = await Portal.QueryAsync(db => Task.FromResult(VendorOwnedTypes(db)));
        owned.Count.ShouldBeGreaterThanOrEqualTo(6);

        foreach (var type in owned)
        {
            var visible = await Portal.QueryAsync(db => VendorIdsAsync(db, type), new SingleVendorScope(atlas));
            visible.ShouldAllBe(id => id == atlas, $"{type.Name} leaks other vendors' rows");
        }
        (await Portal.QueryAsync(db => VendorIdsAsync(db, typeof(VendorAudit.Domain.Calls.Call)))).Distinct().Count().ShouldBe(5);
        (await Portal.QueryAsync(db => db.Vendors.Select(v => v.Id).ToListAsync(), new SingleVendorScope(atlas))).ShouldBe([atlas]);
    }

    [Test]
    public async Task A_scope_without_a_vendor_sees_nothing()
    {
        (await Portal.QueryAsync(db => db.Calls.CountAsync(), new SingleVendorScope(null))).ShouldBe(0);
        (await Portal.QueryAsync(db => db.Vendors.CountAsync(), new SingleVendorScope(null))).ShouldBe(0);
    }

    private static List<Type> VendorOwnedTypes(VendorAuditDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.ClrType != typeof(AppUser) && e.FindProperty("VendorId") is not null)
            .Select(e => e.ClrType).ToList();

    private static async Task<List<int>> VendorIdsAsync(VendorAuditDbContext db, Type type)
    {
        var method = typeof(DataLayerIsolationTests).GetMethod(nameof(VendorIdsOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<List<int>>)method.MakeGenericMethod(type).Invoke(null, [db])!;
    }

    private static Task<List<int>> VendorIdsOfAsync<T>(VendorAuditDbContext db) where T : class =>
        db.Set<T>().Select(e => EF.Property<int>(e, "VendorId")).Distinct().ToListAsync();
}
