using System.Globalization;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Web.Features.Scorecards;

/// <summary>
/// The scoring form as posted: one radio value per item ("0".."10" or "na") and a comment per item.
/// Kept as strings so that whatever the auditor typed comes back to them intact on a conflict.
/// </summary>
public sealed class ScorecardForm
{
    public Dictionary<string, string?> V { get; set; } = [];
    public Dictionary<string, string?> C { get; set; } = [];
    public string? Overall { get; set; }

    /// <summary>The version the auditor loaded; another save since then is a conflict, never a silent overwrite.</summary>
    public uint Version { get; set; }

    /// <summary>"save" (a draft), "submit", or "mine" (keep my answers over a conflicting save).</summary>
    public string Action { get; set; } = "save";

    public ScorecardAnswers ToAnswers(ScorecardTemplate template)
    {
        var answers = new ScorecardAnswers { OverallComment = Clean(Overall) };
        foreach (var item in template.Items)
        {
            var raw = V.GetValueOrDefault(item.Id)?.Trim();
            var comment = Clean(C.GetValueOrDefault(item.Id));
            if (string.IsNullOrEmpty(raw) && comment is null) continue;
            var answer = new ItemAnswer { ItemId = item.Id, Comment = comment };
            if (raw == "na") answer.NotApplicable = true;
            else if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) answer.Value = value;
            answers.Items.Add(answer);
        }
        return answers;
    }

    public static ScorecardForm From(Scorecard scorecard) => new()
    {
        Version = scorecard.Version,
        Overall = scorecard.Answers.OverallComment,
        V = scorecard.Answers.Items.ToDictionary(i => i.ItemId, i => i.NotApplicable ? "na" : i.Value?.ToString(CultureInfo.InvariantCulture)),
        C = scorecard.Answers.Items.ToDictionary(i => i.ItemId, i => i.Comment),
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 2000)];
}
