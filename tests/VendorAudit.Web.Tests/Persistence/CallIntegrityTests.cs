using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Persistence;

/// <summary>Calls have no foreign keys (they would cost a trigger per imported row); what the keys guaranteed still holds.</summary>
[TestFixture]
public sealed class CallIntegrityTests : SeededDatabaseFixture
{
    [Test]
    public async Task Deleting_a_vendor_deletes_its_calls_and_no_one_elses()
    {
        var vendorId = await QueryAsync(db => db.Vendors.Where(v => v.Code == "DUNMORE").Select(v => v.Id).SingleAsync());
        var others = await QueryAsync(db => db.Calls.CountAsync(c => c.VendorId != vendorId));
        (await QueryAsync(db => db.Calls.CountAsync(c => c.VendorId == vendorId))).ShouldBeGreaterThan(0);

        await QueryAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM vendors WHERE id = {vendorId}"));

        (await QueryAsync(db => db.Calls.CountAsync(c => c.VendorId == vendorId))).ShouldBe(0);
        (await QueryAsync(db => db.Calls.CountAsync())).ShouldBe(others);
    }

    [Test]
    public async Task Calls_cannot_be_loaded_for_a_vendor_that_does_not_exist()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<CallBulkLoader>();
        await using var connection = new NpgsqlConnection(TestDatabases.For(Database));
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            loader.LoadAsync(connection, vendorId: 999_999, batchId: 1, () => [], CancellationToken.None));
        error.Message.ShouldContain("Vendor 999999 does not exist");
    }
}
