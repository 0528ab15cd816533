namespace VendorAudit.Domain.Scorecards;

/// <summary>The four headline dimensions of DOMAIN.md; every section belongs to one.</summary>
public enum Dimension { Language, Empathy, Resolution, Compliance }

/// <summary>What a critical item takes down with it when failed.</summary>
public enum CriticalScope { None, Section, Scorecard }

public enum Scale { YesNo, ZeroToFour, ZeroToTen }

public static class ScaleExtensions
{
    public static int Max(this Scale scale) => scale switch
    {
        Scale.YesNo => 1,
        Scale.ZeroToFour => 4,
        Scale.ZeroToTen => 10,
        _ => throw new ArgumentOutOfRangeException(nameof(scale)),
    };
}

/// <summary>Text in each language the portal speaks.</summary>
public sealed record LocalizedText(string En, string Fr)
{
    public string In(string language) => language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Fr : En;
}

public sealed record ScorecardItem(string Id, LocalizedText Label, LocalizedText Guidance, Scale Scale,
    decimal Weight, bool AllowNotApplicable, CriticalScope Critical);

public sealed record ScorecardSection(string Id, Dimension Dimension, LocalizedText Label, IReadOnlyList<ScorecardItem> Items);

/// <summary>A versioned evaluation form; a scored call keeps the version it was scored with.</summary>
public sealed record ScorecardTemplate(string Code, int Version, LocalizedText Title, IReadOnlyList<ScorecardSection> Sections)
{
    public IEnumerable<ScorecardItem> Items => Sections.SelectMany(s => s.Items);

    /// <summary>Every reason the template cannot be published, each naming the section or item at fault.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Code)) problems.Add("code: required.");
        if (Version < 1) problems.Add("version: must be 1 or more.");
        CheckText(Title, "title", problems);
        foreach (var dimension in Enum.GetValues<Dimension>())
            if (!Sections.Any(s => s.Dimension == dimension))
                problems.Add($"sections: no section for the {dimension} dimension.");
        foreach (var duplicate in Sections.GroupBy(s => s.Id).Where(g => g.Count() > 1))
            problems.Add($"sections[{duplicate.Key}]: id used more than once.");
        foreach (var duplicate in Items.GroupBy(i => i.Id).Where(g => g.Count() > 1))
            problems.Add($"items[{duplicate.Key}]: id used more than once.");
        foreach (var section in Sections)
        {
            var where = $"sections[{section.Id}]";
            if (string.IsNullOrWhiteSpace(section.Id)) problems.Add($"{where}: id required.");
            CheckText(section.Label, $"{where}.label", problems);
            if (section.Items.Count == 0) problems.Add($"{where}: has no items.");
            foreach (var item in section.Items)
            {
                var at = $"{where}.items[{item.Id}]";
                if (string.IsNullOrWhiteSpace(item.Id)) problems.Add($"{at}: id required.");
                if (item.Weight <= 0) problems.Add($"{at}.weight: must be greater than 0.");
                CheckText(item.Label, $"{at}.label", problems);
                CheckText(item.Guidance, $"{at}.guidance", problems);
                if (item.Critical != CriticalScope.None && item.AllowNotApplicable)
                    problems.Add($"{at}: a critical item cannot be N/A.");
            }
        }
        return problems;
    }

    private static void CheckText(LocalizedText? text, string where, List<string> problems)
    {
        if (text is null || string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.Fr))
            problems.Add($"{where}: English and French text required.");
    }
}
