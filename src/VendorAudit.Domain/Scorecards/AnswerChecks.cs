using VendorAudit.Domain.Audits;

namespace VendorAudit.Domain.Scorecards;

/// <summary>The checks behind <see cref="ScorecardScoring.Problems"/>, in template order, then unknown items.</summary>
internal static class AnswerChecks
{
    public static IReadOnlyList<string> Problems(ScorecardTemplate template, IReadOnlyCollection<ItemAnswer> answers, bool requireEveryItem)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<string>();
        var byId = answers.GroupBy(a => a.ItemId ?? "", StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        foreach (var item in template.Items)
        {
            var at = $"items[{item.Id}]";
            if (!byId.TryGetValue(item.Id, out var given))
            {
                if (requireEveryItem) problems.Add($"{at}: not answered.");
                continue;
            }
            // Which of two answers counts is anyone's guess, so nothing more is said about the item until one goes.
            if (given.Count > 1)
            {
                problems.Add($"{at}: answered {given.Count} times.");
                continue;
            }
            var answer = given[0];
            var max = item.Scale.Max();
            if (answer.NotApplicable && !item.AllowNotApplicable) problems.Add($"{at}: cannot be N/A.");
            if (answer.NotApplicable && answer.Value is not null) problems.Add($"{at}: both N/A and a value.");
            if (answer.Value is int value && (value < 0 || value > max)) problems.Add($"{at}: {value} is outside 0–{max}.");
            if (!answer.NotApplicable && answer.Value is null && requireEveryItem) problems.Add($"{at}: not answered.");
        }

        var known = template.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in byId.Keys.Where(id => !known.Contains(id)))
            problems.Add($"items[{unknown}]: not an item of {template.Code} v{template.Version}.");
        return problems;
    }
}
