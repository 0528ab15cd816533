using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

public static class SchemaMigrator
{
    /// <summary>
    /// Applies pending migrations (under EF Core's migration lock, so several instances may start at
    /// once). The history table is created first so a new database logs no failed query. The
    /// shipped scorecard templates are reference data and are published with the schema.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyMigrationsAsync(this VendorAuditDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.EnsureCreatedHistoryAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        await Audits.BuiltInTemplates.PublishMissingAsync(db, cancellationToken);
        return pending;
    }

    private static async Task EnsureCreatedHistoryAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        var history = database.GetService<IHistoryRepository>();
        await history.CreateIfNotExistsAsync(cancellationToken);
    }
}
