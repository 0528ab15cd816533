using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>A sampled call as the work queue holds it.</summary>
public sealed record SampleRow(long Id, PlanDraw Draw, AnsweredCall Call, SampledCallState State, string? AssignedTo,
    DateTimeOffset? ClaimedAt, long? ScorecardId);

/// <summary>
/// A scorecard with what its trail needs: created when the auditor pressed Score, one draft saved,
/// and for a submitted card the submission. <see cref="Current"/> is what the card holds now.
/// </summary>
public sealed record CardRow(long Id, SampleRow Sample, string Auditor, ScorecardStatus Status, DateTimeOffset StartedAt,
    ScorecardAnswers Draft, ScoreResult DraftScore, DateTimeOffset DraftSavedAt,
    ScorecardAnswers? Submitted, ScoreResult? SubmittedScore, DateTimeOffset? SubmittedAt)
{
    public ScorecardAnswers Current => Submitted ?? Draft;
    public ScoreResult CurrentScore => SubmittedScore ?? DraftScore;
    public DateTimeOffset UpdatedAt => SubmittedAt ?? DraftSavedAt;
}

/// <summary>
/// The state of a quality team some weeks into its work: every earlier month scored, the latest
/// month mostly scored with some calls still open, some claimed, and some scorecards in draft.
/// </summary>
public sealed record AuditWork(IReadOnlyList<SampleRow> Samples, IReadOnlyList<CardRow> Cards)
{
    public const double OpenShare = 0.09;       // of the scorecards: sampled calls nobody has taken yet
    public const double ClaimedOnlyShare = 0.01; // claimed, not opened yet
    public const double DraftShare = 0.03;      // scorecards still in draft

    /// <summary>How many calls to sample so that <paramref name="scorecards"/> of them have a scorecard.</summary>
    public static int SampleTotal(int scorecards) =>
        scorecards + (int)(scorecards * OpenShare) + (int)(scorecards * ClaimedOnlyShare);

    public static AuditWork Assign(IReadOnlyList<PlanDraw> draws, int scorecards, ScorecardTemplate template, string[] auditors, int seed)
    {
        var random = new Random(seed);
        var answers = new AnswerMaker(template, random);
        var all = draws.SelectMany(d => d.Drawn.Select(c => (Draw: d, Call: c))).ToList();
        var latest = draws.Max(d => d.Plan.PeriodStart);
        var inProgress = Enumerable.Range(0, all.Count).Where(i => all[i].Draw.Plan.PeriodStart == latest).ToArray();
        random.Shuffle(inProgress);

        var claimedOnly = (int)(scorecards * ClaimedOnlyShare);
        var drafts = (int)(scorecards * DraftShare);
        var open = all.Count - scorecards - claimedOnly;
        if (open < 0 || inProgress.Length < open + claimedOnly + drafts)
            throw new BenchException($"{all.Count:N0} sampled calls cannot hold {scorecards:N0} scorecards with the latest month in progress.");
        var states = new SampledCallState[all.Count];
        Array.Fill(states, SampledCallState.Scored);
        var draftAt = new HashSet<int>(inProgress.Skip(open + claimedOnly).Take(drafts));
        foreach (var i in inProgress.Take(open)) states[i] = SampledCallState.Open;
        foreach (var i in inProgress.Skip(open).Take(claimedOnly + drafts)) states[i] = SampledCallState.Claimed;

        var samples = new List<SampleRow>(all.Count);
        var cards = new List<CardRow>(scorecards);
        for (var i = 0; i < all.Count; i++)
        {
            var (draw, call) = all[i];
            var state = states[i];
            if (state == SampledCallState.Open)
            {
                samples.Add(new SampleRow(i + 1, draw, call, state, null, null, null));
                continue;
            }
            // The first auditor of the list does a little more than the others, as a senior one would.
            var auditor = random.NextDouble() < 0.55 ? auditors[0] : auditors[1 + random.Next(auditors.Length - 1)];
            var claimedAt = draw.Plan.CreatedAt + TimeSpan.FromMinutes(random.Next(12 * 24 * 60));
            var hasCard = state == SampledCallState.Scored || draftAt.Contains(i);
            var sample = new SampleRow(i + 1, draw, call, state, auditor, claimedAt, hasCard ? cards.Count + 1 : null);
            samples.Add(sample);
            if (!hasCard) continue;

            var complete = answers.Complete();
            var draft = AnswerMaker.Draft(complete, 3 + random.Next(answers.ItemCount - 4));
            var started = claimedAt + TimeSpan.FromSeconds(random.Next(1, 1800));
            var saved = started + TimeSpan.FromSeconds(random.Next(120, 600));
            var submitted = state == SampledCallState.Scored;
            var submittedAt = submitted ? saved + TimeSpan.FromSeconds(random.Next(120, 900)) : (DateTimeOffset?)null;
            cards.Add(new CardRow(cards.Count + 1, sample, auditor, submitted ? ScorecardStatus.Submitted : ScorecardStatus.Draft, started,
                draft, ScorecardScoring.Score(template, draft.Items), saved,
                submitted ? complete : null, submitted ? ScorecardScoring.Score(template, complete.Items) : null, submittedAt));
        }
        return new AuditWork(samples, cards);
    }
}
