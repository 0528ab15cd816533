using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Seed;

/// <summary>What an auditor heard on a sampled call, as far as the demo needs it.</summary>
public readonly record struct HeardCall(long CallId, int AgentId, bool EndedByAgent, int TalkSeconds);

/// <summary>
/// The demo's auditors: answers drawn from each vendor's quality (the clean vendor scores well, the
/// abusive ones worse where their abuse shows), per agent a little better or worse, reproducibly.
/// A call the agent ended within 10 s of talk usually fails "did not hang up on the customer".
/// </summary>
public static class DemoAuditing
{
    private static readonly Dictionary<string, (double Language, double Empathy, double Resolution, double Compliance)> Quality = new()
    {
        ["NORTHWIND"] = (0.93, 0.89, 0.90, 0.995),
        ["ATLAS"] = (0.86, 0.72, 0.76, 0.97),
        ["BLUEBAY"] = (0.88, 0.70, 0.71, 0.985),
        ["CEDAR"] = (0.83, 0.77, 0.74, 0.98),
        ["DUNMORE"] = (0.75, 0.80, 0.66, 0.985),
    };

    public static ScorecardAnswers Answer(ScorecardTemplate template, string vendorCode, HeardCall call)
    {
        var quality = Quality.GetValueOrDefault(vendorCode, (0.8, 0.8, 0.8, 0.98));
        var random = new SplitMix64(unchecked((ulong)call.CallId * 0x9E3779B97F4A7C15UL));
        var agentShift = (new SplitMix64((ulong)call.AgentId).Next() % 1000 / 1000.0 - 0.5) * 0.12;
        var answers = new ScorecardAnswers();
        var (earned, possible) = (0, 0);
        foreach (var section in template.Sections)
        foreach (var item in section.Items)
        {
            var skill = Math.Clamp(section.Dimension switch
            {
                Dimension.Language => quality.Item1,
                Dimension.Empathy => quality.Item2,
                Dimension.Resolution => quality.Item3,
                _ => quality.Item4,
            } + (section.Dimension == Dimension.Compliance ? agentShift / 6 : agentShift), 0.05, 0.999);
            if (item.Critical == CriticalScope.Scorecard && call.EndedByAgent && call.TalkSeconds <= 10) skill = 0.25;
            if (item.AllowNotApplicable && Draw(random) < 0.3)
            {
                answers.Items.Add(new ItemAnswer { ItemId = item.Id, NotApplicable = true });
                continue;
            }
            var max = item.Scale.Max();
            var value = 0;
            for (var trial = 0; trial < max; trial++) if (Draw(random) < skill) value++;
            answers.Items.Add(new ItemAnswer { ItemId = item.Id, Value = value, Comment = value == 0 && max > 1 ? "Not heard on the call." : null });
            (earned, possible) = (earned + value, possible + max);
        }
        answers.OverallComment = OverallComment(call, possible == 0 ? 1 : (double)earned / possible);
        return answers;
    }

    /// <summary>What an auditor sums up on about one call in four, from what was scored: no extra draw, so the scores stay as they were.</summary>
    private static string? OverallComment(HeardCall call, double share) =>
        call.CallId % 4 != 0 ? null
        : call.EndedByAgent && call.TalkSeconds <= 10 ? "The agent ended the call after a few seconds of talk; the customer's request was never heard."
        : share >= 0.9 ? "Courteous and clear throughout; the request was resolved on the first call."
        : share >= 0.75 ? "Polite and accurate, but the agent did not check that the customer understood the next steps."
        : share >= 0.6 ? "Long silences on hold, and the resolution was only partly explained: the customer may well call again."
        : "Script not followed: no identity check and no summary before closing the call.";

    private static double Draw(SplitMix64 random) => (random.Next() >> 11) * (1.0 / (1UL << 53));
}
