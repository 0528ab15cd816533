using VendorAudit.Domain.Audits;

namespace VendorAudit.Domain.Scorecards;

/// <summary>One section's score, 0–100; null while none of its items is answered.</summary>
public sealed record SectionScore(string SectionId, Dimension Dimension, decimal? Score, bool ZeroedByCritical);

/// <summary>The headline scores of one scorecard, 0–100 with 2 decimals (stored as numeric(5,2)).</summary>
public sealed record ScoreResult(decimal? Total, decimal? Language, decimal? Empathy, decimal? Resolution, decimal? Compliance,
    IReadOnlyList<SectionScore> Sections, IReadOnlyList<string> FailedCriticalItems)
{
    public decimal? For(Dimension dimension) => dimension switch
    {
        Dimension.Language => Language,
        Dimension.Empathy => Empathy,
        Dimension.Resolution => Resolution,
        Dimension.Compliance => Compliance,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };
}

/// <summary>
/// Scores a scorecard's answers against its template. Every score is 100 × Σ(weight × value / scale max) / Σ(weight)
/// over the answered, non-N/A items it covers, so a dimension or the total weighs items, not sections.
/// </summary>
public static class ScorecardScoring
{
    /// <summary>Everything that prevents submitting, each naming the item ("items[lang-register]: …").</summary>
    public static IReadOnlyList<string> Problems(ScorecardTemplate template, IReadOnlyCollection<ItemAnswer> answers) =>
        AnswerChecks.Problems(template, answers, requireEveryItem: true);

    /// <summary>What prevents saving a draft: the same as <see cref="Problems"/> except items not answered yet.</summary>
    public static IReadOnlyList<string> DraftProblems(ScorecardTemplate template, IReadOnlyCollection<ItemAnswer> answers) =>
        AnswerChecks.Problems(template, answers, requireEveryItem: false);

    /// <summary>
    /// Scores complete cards and drafts alike (unanswered items are left out). Throws a <see cref="DomainException"/>
    /// listing the <see cref="DraftProblems"/> when an answer is malformed: a score from invalid answers would be stored.
    /// </summary>
    public static ScoreResult Score(ScorecardTemplate template, IReadOnlyCollection<ItemAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(template);
        var problems = DraftProblems(template, answers);
        if (problems.Count > 0) throw new DomainException(string.Join(" ", problems));

        var byId = answers.ToDictionary(a => a.ItemId, StringComparer.Ordinal);
        var failed = template.Items
            .Where(i => i.Critical != CriticalScope.None && byId.TryGetValue(i.Id, out var a) && !a.NotApplicable && a.Value == 0)
            .ToList();
        var scorecardZeroed = failed.Any(i => i.Critical == CriticalScope.Scorecard);

        var sections = new List<SectionScore>();
        var dimensions = Enum.GetValues<Dimension>().ToDictionary(d => d, _ => new Tally());
        var total = new Tally();
        foreach (var section in template.Sections)
        {
            var zeroed = scorecardZeroed || section.Items.Any(i => i.Critical == CriticalScope.Section && failed.Contains(i));
            var tally = new Tally();
            foreach (var item in section.Items)
                if (byId.TryGetValue(item.Id, out var answer) && !answer.NotApplicable && answer.Value is int value)
                    // A zeroed section keeps its answered weight in the denominator: it contributes 0 × that weight.
                    tally.Add(item.Weight, zeroed ? 0m : item.Weight * value / item.Scale.Max());
            sections.Add(new SectionScore(section.Id, section.Dimension, scorecardZeroed ? 0m : tally.Score, zeroed));
            dimensions[section.Dimension].Add(tally);
            total.Add(tally);
        }

        decimal? Final(Tally t) => scorecardZeroed ? 0m : t.Score;
        return new ScoreResult(Final(total), Final(dimensions[Dimension.Language]), Final(dimensions[Dimension.Empathy]),
            Final(dimensions[Dimension.Resolution]), Final(dimensions[Dimension.Compliance]),
            sections, failed.Select(i => i.Id).ToList());
    }

    /// <summary>Answered weight and weighted points earned; decimal keeps value / max exact (max is 1, 4 or 10).</summary>
    private sealed class Tally
    {
        private decimal weight;
        private decimal earned;

        public void Add(decimal itemWeight, decimal itemEarned)
        {
            weight += itemWeight;
            earned += itemEarned;
        }

        public void Add(Tally other) => Add(other.weight, other.earned);

        public decimal? Score => weight == 0 ? null : Math.Round(100m * earned / weight, 2, MidpointRounding.AwayFromZero);
    }
}
