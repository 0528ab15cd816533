using System.Text;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Templates;

public sealed record TemplateRow(string Code, int Version, string Title, string PublishedBy, DateTimeOffset PublishedAt, int Scorecards);

public sealed record TemplateModel(ScorecardTemplate Template, string Definition, DateTimeOffset PublishedAt, string PublishedBy);

public sealed record PublishModel(string Json, IReadOnlyList<string> Problems);

/// <summary>Scorecard templates: every published version, one version's form, and publishing the next one.</summary>
public sealed class TemplateLibrary(VendorAuditDbContext db, TemplateCatalog catalog)
{
    public const int MaxBytes = 256 * 1024;

    public async Task<IReadOnlyList<TemplateRow>> ListAsync(CancellationToken cancellationToken) =>
        await db.ScorecardTemplates.AsNoTracking().OrderBy(t => t.Code).ThenByDescending(t => t.Version)
            .Select(t => new TemplateRow(t.Code, t.Version, t.Title, t.PublishedBy, t.PublishedAt,
                db.Scorecards.Count(s => s.TemplateCode == t.Code && s.TemplateVersion == t.Version)))
            .ToListAsync(cancellationToken);

    public async Task<TemplateModel?> LoadAsync(string code, int version, CancellationToken cancellationToken)
    {
        var row = await db.ScorecardTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Code == code && t.Version == version, cancellationToken);
        return row is null ? null : new TemplateModel(await catalog.GetAsync(code, version, cancellationToken), row.Definition, row.PublishedAt, row.PublishedBy);
    }

    /// <summary>The form to start from: the latest version of the default template, its number raised by one.</summary>
    public async Task<PublishModel> DraftAsync(CancellationToken cancellationToken)
    {
        var latest = await catalog.LatestAsync(TemplateCatalog.DefaultCode, cancellationToken);
        return new PublishModel(TemplateJson.Write(latest with { Version = latest.Version + 1 }), []);
    }

    public async Task<IReadOnlyList<string>> PublishAsync(string? json, IFormFile? file, string by, CancellationToken cancellationToken)
    {
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxBytes) return [$"file: larger than {MaxBytes / 1024} KB."];
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            json = await reader.ReadToEndAsync(cancellationToken);
        }
        if (string.IsNullOrWhiteSpace(json)) return ["Paste the template's JSON or choose a file."];
        if (json.Length > MaxBytes) return [$"json: larger than {MaxBytes / 1024} KB."];
        return await catalog.PublishAsync(json, by, cancellationToken);
    }
}
