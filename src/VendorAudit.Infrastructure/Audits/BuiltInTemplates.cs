using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Audits;

/// <summary>
/// The scorecard templates of templates/scorecards/, embedded in this assembly and published with
/// the schema: every database has them, and a version once published is never changed.
/// </summary>
public static class BuiltInTemplates
{
    public static async Task PublishMissingAsync(VendorAuditDbContext db, CancellationToken cancellationToken)
    {
        foreach (var json in Files())
        {
            var template = TemplateJson.Parse(json).Template ?? throw new InvalidOperationException("A built-in scorecard template does not parse.");
            // ON CONFLICT: several instances starting at once must not fail on the same insert.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO scorecard_templates (code, version, title, definition, published_by, published_at)
                VALUES ({template.Code}, {template.Version}, {template.Title.En}, {json}::jsonb, 'system', now())
                ON CONFLICT (code, version) DO NOTHING
                """, cancellationToken);
        }
    }

    private static IEnumerable<string> Files()
    {
        var assembly = typeof(BuiltInTemplates).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("templates.scorecards.", StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return reader.ReadToEnd();
        }
    }
}
