using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Persistence;

[TestFixture]
public sealed class MigrationTests
{
    [Test]
    public async Task Applying_every_migration_gives_exactly_the_schema_of_the_model()
    {
        var migrated = await TestDatabases.CreateEmptyAsync();
        var created = await TestDatabases.CreateEmptyAsync();
        try
        {
            await WithContextAsync(migrated, db => db.ApplyMigrationsAsync());
            await WithContextAsync(created, db => db.Database.EnsureCreatedAsync());

            var fromMigrations = await SchemaAsync(migrated);
            var fromModel = await SchemaAsync(created);

            fromMigrations.Except(fromModel).ShouldBeEmpty("in the migrations but not in the model");
            fromModel.Except(fromMigrations).ShouldBeEmpty("in the model but not in the migrations: add a migration");
        }
        finally
        {
            await TestDatabases.DropAsync(migrated);
            await TestDatabases.DropAsync(created);
        }
    }

    [Test]
    public async Task Migrating_an_up_to_date_database_again_changes_nothing()
    {
        var database = await TestDatabases.CreateEmptyAsync();
        try
        {
            await WithContextAsync(database, db => db.ApplyMigrationsAsync());
            var before = await SchemaAsync(database);
            await WithContextAsync(database, async db =>
            {
                (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
                (await db.ApplyMigrationsAsync()).ShouldBeEmpty();
            });
            (await SchemaAsync(database)).ShouldBe(before);
        }
        finally
        {
            await TestDatabases.DropAsync(database);
        }
    }

    [Test]
    public async Task Calls_stored_before_the_callback_flags_column_get_the_flags_their_details_imply()
    {
        var database = await TestDatabases.CreateEmptyAsync();
        try
        {
            await WithContextAsync(database, db => db.GetService<IMigrator>().MigrateAsync("20261204110000_CommentIndexPredicate"));
            await ExecuteAsync(database, """
                INSERT INTO vendors (code, name, country) VALUES ('OLD', 'Old data', 'FR');
                INSERT INTO calls (vendor_id, external_id, started_at, wait_seconds, talk_seconds, hold_seconds, acw_seconds,
                                   outcome, ended_by, transfers, details)
                SELECT v.id, d.id, now(), 0, 0, 0, 0, 2, 0, 0, d.details::jsonb
                  FROM vendors v, (VALUES
                    ('none', '{"Source": "csv", "CallbackRequested": false, "CallbackMade": false}'),
                    ('requested', '{"Source": "csv", "CallbackRequested": true, "CallbackMade": false}'),
                    ('both', '{"Source": "csv", "CallbackRequested": true, "CallbackMade": true}'),
                    ('outbound', '{"Source": "connect", "InitiationMethod": "callback", "CallbackMade": true}'),
                    ('older', '{"Source": "queue_log"}')) AS d(id, details);
                """);

            await WithContextAsync(database, db => db.ApplyMigrationsAsync());

            await WithContextAsync(database, async db =>
            {
                var flags = await db.Calls.ToDictionaryAsync(c => c.ExternalId, c => c.CallbackFlags);
                flags.ShouldBe(new Dictionary<string, CallbackFlags>
                {
                    ["none"] = CallbackFlags.None,
                    ["requested"] = CallbackFlags.Requested,
                    ["both"] = CallbackFlags.Requested | CallbackFlags.Made,
                    ["outbound"] = CallbackFlags.Made | CallbackFlags.IsCallback,
                    ["older"] = CallbackFlags.None,
                }, ignoreOrder: true);
                // What the column says is what the details say, as a call built in code computes it.
                foreach (var call in await db.Calls.ToListAsync()) call.CallbackFlags.ShouldBe(CallbackFlagsOf.Details(call.Details), call.ExternalId);
            });
        }
        finally
        {
            await TestDatabases.DropAsync(database);
        }
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.For(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task WithContextAsync(string database, Func<VendorAuditDbContext, Task> action)
    {
        using var host = TestDatabases.BuildHost(database);
        await using var scope = host.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>());
    }

    /// <summary>Columns (type, nullability, default), constraints and index definitions of the public schema.</summary>
    private static async Task<List<string>> SchemaAsync(string database)
    {
        const string sql = """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '')
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__ef_migrations_history'
            UNION ALL
            SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
              FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '__ef_migrations_history'
            UNION ALL
            SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__ef_migrations_history'
            ORDER BY 1
            """;
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(TestDatabases.For(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        rows.Count.ShouldBeGreaterThan(50);
        return rows;
    }
}
