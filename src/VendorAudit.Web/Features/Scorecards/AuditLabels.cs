using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Web.Features.Scorecards;

/// <summary>The words (localizer keys) for the audit trail's enums, and an answer as a reader expects it (Yes/No, not 1/0).</summary>
public static class AuditLabels
{
    public static string Revision(RevisionKind kind) => kind switch
    {
        RevisionKind.Created => "Created",
        RevisionKind.DraftSaved => "Draft saved",
        RevisionKind.Submitted => "Submitted",
        RevisionKind.DisputeOpened => "Dispute opened",
        RevisionKind.DisputeResolved => "Dispute resolved",
        _ => kind.ToString(),
    };

    public static string Resolution(DisputeResolution resolution) => resolution switch
    {
        DisputeResolution.Accepted => "Accepted",
        DisputeResolution.PartlyAccepted => "Partly accepted",
        _ => "Rejected",
    };

    /// <summary>"Yes"/"No" for yes/no items, "3 / 4" for scales, "N/A", or "—" when unanswered.</summary>
    public static string Answer(ScorecardItem? item, ItemAnswer? answer, Func<string, string> localize) => answer switch
    {
        null => "—",
        { NotApplicable: true } => localize("N/A"),
        { Value: { } v } when item?.Scale == Scale.YesNo => localize(v == 1 ? "Yes" : "No"),
        { Value: { } v } => item is null ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{v} / {item.Scale.Max()}",
        _ => "—",
    } + (answer?.Comment is { } c ? $" « {c} »" : "");
}
