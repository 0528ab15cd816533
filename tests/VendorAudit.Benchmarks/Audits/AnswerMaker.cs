using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>
/// Answers an auditor could give on a template: most items at or near full marks, a critical item
/// failed rarely (it zeroes its section or the card), N/A where allowed now and then, a remark on
/// some of the marks taken off. Drafts are the first items of a card, as auditors work top down.
/// </summary>
public sealed class AnswerMaker(ScorecardTemplate template, Random random)
{
    private static readonly string[] Remarks =
    [
        "Customer had to repeat the order number.", "Long silence while looking up the contract.",
        "Read the script instead of answering the question.", "Did not say when the technician would come.",
        "Transferred without explaining why.", "Asked for the postcode twice.",
    ];

    private static readonly string[] Overall =
    [
        "Polite and efficient call.", "Good ownership, weak on the follow-up.", "Rushed the end of the call.",
        "Handled an upset customer well.",
    ];

    private readonly IReadOnlyList<ScorecardItem> items = template.Items.ToList();

    public int ItemCount => items.Count;

    public ScorecardAnswers Complete()
    {
        var answers = new ScorecardAnswers { OverallComment = random.NextDouble() < 0.3 ? Overall[random.Next(Overall.Length)] : null };
        foreach (var item in items)
        {
            var answer = new ItemAnswer { ItemId = item.Id };
            if (item.AllowNotApplicable && random.NextDouble() < 0.1) answer.NotApplicable = true;
            else answer.Value = Value(item);
            if (answer.Value is { } value && value < item.Scale.Max() && random.NextDouble() < 0.3)
                answer.Comment = Remarks[random.Next(Remarks.Length)];
            answers.Items.Add(answer);
        }
        return answers;
    }

    /// <summary>The first <paramref name="count"/> items of <paramref name="complete"/>, without the overall comment yet.</summary>
    public static ScorecardAnswers Draft(ScorecardAnswers complete, int count)
    {
        var copy = complete.Copy();
        return new ScorecardAnswers { Items = copy.Items.Take(count).ToList() };
    }

    private int Value(ScorecardItem item)
    {
        var max = item.Scale.Max();
        var r = random.NextDouble();
        if (item.Critical != CriticalScope.None) return r < 0.02 ? 0 : max;
        if (item.Scale == Scale.YesNo) return r < 0.9 ? 1 : 0;
        if (r < 0.6) return max;
        if (r < 0.85) return max - 1 - random.Next(Math.Max(1, max / 3));
        return random.Next(max + 1);
    }
}
