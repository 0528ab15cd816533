using System.Globalization;
using VendorAudit.Domain.Audits;

namespace VendorAudit.Web.Features.Disputes;

/// <summary>A vendor user's dispute: the items ticked, each with a reason and optionally the value they think is right.</summary>
public sealed class OpenDisputeForm
{
    public List<string> Items { get; set; } = [];
    public Dictionary<string, string?> Reason { get; set; } = [];
    public Dictionary<string, string?> Proposed { get; set; } = [];

    public List<DisputeItem> ToItems() => Items.Distinct().Select(id => new DisputeItem
    {
        ItemId = id,
        Reason = (Reason.GetValueOrDefault(id) ?? "").Trim(),
        ProposedValue = int.TryParse(Proposed.GetValueOrDefault(id), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null,
    }).ToList();
}

/// <summary>The auditor's answer to every disputed item: accept, partly accept or reject, the corrected value and a comment.</summary>
public sealed class ResolveDisputeForm
{
    public Dictionary<string, DisputeResolution?> Resolution { get; set; } = [];
    public Dictionary<string, string?> Value { get; set; } = [];
    public Dictionary<string, string?> Comment { get; set; } = [];
    public uint Version { get; set; }

    public List<ItemRuling> ToRulings(IEnumerable<DisputeItem> items) => items
        .Where(i => Resolution.GetValueOrDefault(i.ItemId) is not null)
        .Select(i => new ItemRuling(i.ItemId, Resolution[i.ItemId]!.Value,
            Value.GetValueOrDefault(i.ItemId) is "na" ? null
                : int.TryParse(Value.GetValueOrDefault(i.ItemId), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : i.OriginalValue,
            Comment.GetValueOrDefault(i.ItemId) ?? ""))
        .ToList();
}
