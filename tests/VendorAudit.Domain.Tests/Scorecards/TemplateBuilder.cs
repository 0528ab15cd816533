using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Tests.Scorecards;

/// <summary>A publishable template with one item per dimension, to break one rule at a time.</summary>
internal sealed class TemplateBuilder
{
    private readonly List<ScorecardSection> sections = Enum.GetValues<Dimension>()
        .Select(d => new ScorecardSection(d.ToString().ToLowerInvariant(), d, Text(d.ToString()), [Item($"{d}-item".ToLowerInvariant())]))
        .ToList();

    public static LocalizedText Text(string english) => new(english, $"{english} (fr)");

    public static ScorecardItem Item(string id, CriticalScope critical = CriticalScope.None, bool allowNotApplicable = false) =>
        new(id, Text($"Label of {id}"), Text($"Guidance for {id}"), Scale.YesNo, 1m, allowNotApplicable, critical);

    public TemplateBuilder Without(Dimension dimension)
    {
        sections.RemoveAll(s => s.Dimension == dimension);
        return this;
    }

    public TemplateBuilder With(Dimension dimension, ScorecardItem item)
    {
        var index = sections.FindIndex(s => s.Dimension == dimension);
        sections[index] = sections[index] with { Items = [.. sections[index].Items, item] };
        return this;
    }

    public TemplateBuilder WithSection(ScorecardSection section)
    {
        sections.Add(section);
        return this;
    }

    public ScorecardTemplate Build() => new("test-template", 1, Text("Test template"), sections.ToList());
}
