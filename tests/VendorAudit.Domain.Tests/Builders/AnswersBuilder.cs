using VendorAudit.Domain.Audits;

namespace VendorAudit.Domain.Tests.Builders;

/// <summary>Builds a scorecard's item answers; each test states only the answers that matter to it.</summary>
public sealed class AnswersBuilder
{
    private readonly List<ItemAnswer> _answers = [];

    public static AnswersBuilder Answers() => new();

    /// <summary>
    /// A complete hotline-quality v1 card whose scores are worked out by hand in ScorecardScoringTests:
    /// Language 87.50, Empathy 45.00, Resolution 73.33, Compliance 100.00, Total 77.13.
    /// </summary>
    public static AnswersBuilder TheWorkedHotlineCard() => Answers()
        .With("lang-understood", 3).With("lang-clear-correct", 4).With("lang-register", 1)
        .With("emp-acknowledged", 2).With("emp-personalised", 7).With("emp-not-rushed", 0)
        .With("res-ownership", 1).With("res-correct-complete", 6).With("res-escalated", 1)
        .With("res-accurate-times", 0).With("res-callback-recorded", 1).With("res-identification-once", 1)
        .With("comp-no-hang-up", 1).With("comp-retention-limit", 1).With("comp-personal-data", 1);

    /// <summary>Answers the item with a value, replacing any earlier answer to it.</summary>
    public AnswersBuilder With(string itemId, int value) => Replace(new ItemAnswer { ItemId = itemId, Value = value });

    public AnswersBuilder NotApplicable(string itemId) => Replace(new ItemAnswer { ItemId = itemId, NotApplicable = true });

    public AnswersBuilder Without(string itemId)
    {
        _answers.RemoveAll(a => a.ItemId == itemId);
        return this;
    }

    /// <summary>Adds an answer as given, even to an item already answered (to test what is refused).</summary>
    public AnswersBuilder AlsoAnswering(ItemAnswer answer)
    {
        _answers.Add(answer);
        return this;
    }

    /// <summary>The answers as a scorecard takes them.</summary>
    public ScorecardAnswers BuildAnswers(string? overallComment = null) => new() { Items = Build(), OverallComment = overallComment };

    public List<ItemAnswer> Build() => _answers.Select(a => new ItemAnswer
    {
        ItemId = a.ItemId, Value = a.Value, NotApplicable = a.NotApplicable, Comment = a.Comment,
    }).ToList();

    private AnswersBuilder Replace(ItemAnswer answer)
    {
        var index = _answers.FindIndex(a => a.ItemId == answer.ItemId);
        if (index < 0) _answers.Add(answer);
        else _answers[index] = answer;
        return this;
    }
}
