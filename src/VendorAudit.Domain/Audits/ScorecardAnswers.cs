namespace VendorAudit.Domain.Audits;

/// <summary>The auditor's answers, item by item, as scored.</summary>
public sealed class ScorecardAnswers
{
    public List<ItemAnswer> Items { get; set; } = [];
    public string? OverallComment { get; set; }

    public ItemAnswer? For(string itemId) => Items.FirstOrDefault(i => i.ItemId == itemId);

    /// <summary>A deep copy: revisions keep a snapshot that later edits cannot reach.</summary>
    public ScorecardAnswers Copy() => new()
    {
        OverallComment = OverallComment,
        Items = Items.Select(i => new ItemAnswer { ItemId = i.ItemId, Value = i.Value, NotApplicable = i.NotApplicable, Comment = i.Comment }).ToList(),
    };
}

public sealed class ItemAnswer
{
    public string ItemId { get; set; } = "";
    public int? Value { get; set; }
    public bool NotApplicable { get; set; }
    public string? Comment { get; set; }
}
