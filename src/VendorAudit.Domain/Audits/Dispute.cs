using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Audits;

public enum DisputeStatus : short { Open = 0, Resolved = 1 }

public enum DisputeResolution : short { Accepted = 0, PartlyAccepted = 1, Rejected = 2 }

/// <summary>
/// A vendor user's challenge of items of a submitted scorecard, each with a reason, and the auditor's
/// answer per item. Once every item is answered the scorecard takes the corrected values.
/// </summary>
public sealed class Dispute
{
    private Dispute() { }

    public Dispute(Scorecard scorecard, IReadOnlyList<DisputeItem> items, string openedBy, DateTimeOffset at, int windowDays)
    {
        if (scorecard.SubmittedAt is not { } submitted || scorecard.Status != ScorecardStatus.Submitted)
            throw new DomainException("Only a submitted scorecard can be disputed, and only once.");
        if (at > submitted.AddDays(windowDays))
            throw new DomainException($"The dispute window closed on {submitted.AddDays(windowDays):yyyy-MM-dd} ({windowDays} days after submission).");
        if (items.Count == 0) throw new DomainException("Choose at least one item to dispute.");
        foreach (var item in items)
        {
            if (scorecard.Answers.For(item.ItemId) is null) throw new DomainException($"items[{item.ItemId}]: not on this scorecard.");
            if (string.IsNullOrWhiteSpace(item.Reason)) throw new DomainException($"items[{item.ItemId}]: say why you dispute it.");
        }
        if (items.GroupBy(i => i.ItemId).Any(g => g.Count() > 1)) throw new DomainException("Each item can be disputed once.");
        ScorecardId = scorecard.Id;
        VendorId = scorecard.VendorId;
        OpenedBy = openedBy;
        OpenedAt = at;
        Status = DisputeStatus.Open;
        Items = items.Select(i => new DisputeItem { ItemId = i.ItemId, Reason = i.Reason.Trim(), ProposedValue = i.ProposedValue, OriginalValue = scorecard.Answers.For(i.ItemId)!.Value }).ToList();
        scorecard.MarkDisputed(openedBy, at, $"Disputed {string.Join(", ", Items.Select(i => i.ItemId))}");
    }

    public long Id { get; private set; }
    public long ScorecardId { get; private set; }
    public int VendorId { get; private set; }
    public string OpenedBy { get; private set; } = "";
    public DateTimeOffset OpenedAt { get; private set; }
    public DisputeStatus Status { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public List<DisputeItem> Items { get; private set; } = [];
    public uint Version { get; private set; }

    /// <summary>
    /// The auditor answers every contested item at once; the scorecard is corrected and re-scored. Every ruling
    /// is checked and the scorecard corrected before any item takes its answer, so a refused resolution leaves
    /// the dispute as it was.
    /// </summary>
    public void Resolve(Scorecard scorecard, ScorecardTemplate template, IReadOnlyList<ItemRuling> rulings, string by, DateTimeOffset at)
    {
        if (Status != DisputeStatus.Open) throw new DomainException("This dispute was already resolved.");
        if (scorecard.Id != ScorecardId) throw new DomainException("This dispute is about another scorecard.");
        if (rulings.FirstOrDefault(r => Items.All(i => i.ItemId != r.ItemId)) is { } stray)
            throw new DomainException($"items[{stray.ItemId}]: not disputed.");
        var decisions = new List<(DisputeItem Item, ItemRuling Ruling, int? Value)>();
        var corrected = new Dictionary<string, int?>();
        foreach (var item in Items)
        {
            var matching = rulings.Where(r => r.ItemId == item.ItemId).ToList();
            if (matching.Count == 0) throw new DomainException($"items[{item.ItemId}]: choose accept, partly accept or reject.");
            if (matching.Count > 1) throw new DomainException($"items[{item.ItemId}]: decided more than once.");
            var ruling = matching[0];
            if (string.IsNullOrWhiteSpace(ruling.Comment)) throw new DomainException($"items[{item.ItemId}]: explain the decision to the vendor.");
            var value = ruling.Resolution == DisputeResolution.Rejected ? item.OriginalValue : ruling.NewValue;
            if (ruling.Resolution != DisputeResolution.Rejected && value == item.OriginalValue)
                throw new DomainException($"items[{item.ItemId}]: an accepted item needs its corrected value.");
            decisions.Add((item, ruling, value));
            if (ruling.Resolution != DisputeResolution.Rejected) corrected[item.ItemId] = value;
        }
        var before = scorecard.Total;
        scorecard.ApplyDisputeOutcome(template, corrected, by, at,
            string.Join("; ", decisions.Select(d => $"{d.Item.ItemId}: {d.Ruling.Resolution}")));
        foreach (var (item, ruling, value) in decisions)
        {
            item.Resolution = ruling.Resolution;
            item.ResolvedValue = value;
            item.Comment = ruling.Comment.Trim();
        }
        Status = DisputeStatus.Resolved;
        ResolvedAt = at;
        ResolvedBy = by;
        TotalBefore = before;
        TotalAfter = scorecard.Total;
    }

    public decimal? TotalBefore { get; private set; }
    public decimal? TotalAfter { get; private set; }
}

/// <summary>One contested item: the vendor's side, then the auditor's.</summary>
public sealed class DisputeItem
{
    public string ItemId { get; set; } = "";
    public string Reason { get; set; } = "";
    public int? ProposedValue { get; set; }
    public int? OriginalValue { get; set; }
    public DisputeResolution? Resolution { get; set; }
    public int? ResolvedValue { get; set; }
    public string? Comment { get; set; }
}

public sealed record ItemRuling(string ItemId, DisputeResolution Resolution, int? NewValue, string Comment);
