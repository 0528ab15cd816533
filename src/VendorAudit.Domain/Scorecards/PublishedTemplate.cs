namespace VendorAudit.Domain.Scorecards;

/// <summary>
/// A version of a scorecard template as published: its JSON definition is kept as written, so a
/// scorecard scored on it can always be shown and re-scored exactly as it was.
/// </summary>
public sealed class PublishedTemplate
{
    private PublishedTemplate() { }

    public PublishedTemplate(ScorecardTemplate template, string definition, string publishedBy, DateTimeOffset at)
    {
        var problems = template.Problems();
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));
        Code = template.Code;
        Version = template.Version;
        Title = template.Title.En;
        Definition = definition;
        PublishedBy = publishedBy;
        PublishedAt = at;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public int Version { get; private set; }
    public string Title { get; private set; } = "";
    public string Definition { get; private set; } = "";
    public string PublishedBy { get; private set; } = "";
    public DateTimeOffset PublishedAt { get; private set; }
}
