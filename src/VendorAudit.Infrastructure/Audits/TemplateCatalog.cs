using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Audits;

/// <summary>
/// Published scorecard templates. Versions never change once published, so parsed templates are
/// cached for the life of the process; the shipped ones are published by <see cref="BuiltInTemplates"/>.
/// </summary>
public sealed class TemplateCatalog(VendorAuditDbContext db, TimeProvider clock)
{
    public const string DefaultCode = "hotline-quality";
    private static readonly ConcurrentDictionary<(string, int), ScorecardTemplate> Parsed = new();

    public async Task<ScorecardTemplate> GetAsync(string code, int version, CancellationToken cancellationToken)
    {
        if (Parsed.TryGetValue((code, version), out var cached)) return cached;
        var definition = await db.ScorecardTemplates.Where(t => t.Code == code && t.Version == version)
            .Select(t => t.Definition).SingleOrDefaultAsync(cancellationToken)
            ?? throw new DomainException($"Scorecard template {code} v{version} is not published.");
        var template = TemplateJson.Parse(definition).Template
            ?? throw new InvalidOperationException($"Published template {code} v{version} no longer parses.");
        return Parsed.GetOrAdd((code, version), template);
    }

    public async Task<ScorecardTemplate> LatestAsync(string code, CancellationToken cancellationToken)
    {
        var version = await db.ScorecardTemplates.Where(t => t.Code == code).MaxAsync(t => (int?)t.Version, cancellationToken)
            ?? throw new DomainException($"No version of scorecard template '{code}' is published.");
        return await GetAsync(code, version, cancellationToken);
    }

    /// <summary>Publishes a new version; it must be the next number of its code. Returns the problems, none when published.</summary>
    public async Task<IReadOnlyList<string>> PublishAsync(string json, string by, CancellationToken cancellationToken)
    {
        var parse = TemplateJson.Parse(json);
        if (parse.Template is not { } template || parse.Problems.Count > 0) return parse.Problems;
        var latest = await db.ScorecardTemplates.Where(t => t.Code == template.Code).MaxAsync(t => (int?)t.Version, cancellationToken) ?? 0;
        if (template.Version != latest + 1)
            return [$"version: {template.Code} is at version {latest}; the new version must be {latest + 1}, not {template.Version}."];
        db.ScorecardTemplates.Add(new PublishedTemplate(template, json, by, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return [$"version: {template.Code} v{template.Version} was published by someone else meanwhile."];
        }
        return [];
    }
}
