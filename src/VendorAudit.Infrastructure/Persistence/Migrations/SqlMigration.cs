using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>
/// A migration whose steps are a reviewed SQL script embedded beside it (Sql/&lt;migration id&gt;.up.sql
/// and .down.sql). A test checks that applying every script gives exactly the schema of the model.
/// </summary>
public abstract class SqlMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Script("up"));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Script("down"));

    private string Script(string direction)
    {
        var id = GetType().GetCustomAttribute<MigrationAttribute>()?.Id
            ?? throw new InvalidOperationException($"{GetType().Name} has no [Migration] attribute.");
        var name = $"{typeof(SqlMigration).Namespace}.Sql.{id}.{direction}.sql";
        using var stream = typeof(SqlMigration).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Migration script {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
