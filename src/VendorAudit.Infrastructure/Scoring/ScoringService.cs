using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Scoring;

public sealed record ScoringSummary(Period Period, int Vendors, int Scorecards);

/// <summary>
/// Recomputes every vendor's scores for a period — the domain does the arithmetic (shrinkage toward the
/// population, intervals, composite, ranking, bonus/malus) — and replaces the period's rows in one
/// transaction, so readers see the old ranking or the new one, never half of each.
/// Runs as a trusted process (jobs, the CLI): it reads across vendors to build the population prior.
/// </summary>
public sealed class ScoringService(VendorAuditDbContext db, ScoreInputs reader, TimeProvider clock)
{
    public async Task<ScoringSummary> RecomputeAsync(Period period, CancellationToken cancellationToken = default)
    {
        var inputs = await reader.ReadAsync(period, cancellationToken);
        var priors = (Shrinkage.PriorFrom(inputs.Select(i => i.Language).ToList()), Shrinkage.PriorFrom(inputs.Select(i => i.Empathy).ToList()),
            Shrinkage.PriorFrom(inputs.Select(i => i.Resolution).ToList()), Shrinkage.PriorFrom(inputs.Select(i => i.Compliance).ToList()));
        var scored = inputs.Select(i => Score(i, priors)).ToList();
        var ranking = Ranking.Rank(scored.Select(s => (s.Inputs.VendorId.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Composite)).ToList())
            .ToDictionary(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture));
        var now = clock.GetUtcNow();
        var rows = scored.Select(s =>
        {
            var i = s.Inputs;
            var rank = ranking[i.VendorId];
            var targets = i.Contract?.Targets ?? ContractTargets.Standard;
            var kpis = ContractKpis.Assess(targets, i.Totals, i.RepeatContactRate);
            // With no scorecard at all there is no quality to pay for: the neutral figure earns no bonus and costs no malus.
            var statement = i.Contract is { } contract
                ? BonusMalus.Compute(contract.Targets, contract.Grid,
                    s.Quality.N > 0 ? s.Quality.Score : (double)Math.Min(contract.QualityMinimum, contract.Grid.BonusThreshold), i.Totals.ServiceLevel, i.Confirmed)
                : new Statement("EUR", 0m, []);
            var details = new ScoreDetails(s.Scores.Language, s.Scores.Empathy, s.Scores.Resolution, s.Scores.Compliance, s.ResolutionScorecards,
                s.Quality, s.Composite, s.AbuseIndex, rank.Rank, scored.Count,
                rank.OverlapsWith.Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)).ToList(),
                kpis, statement, i.Confirmed.Select(c => c.FindingId).ToList(), i.Totals.Offered, i.Totals.Answered,
                i.RepeatContactRate, i.Totals.TransferRate);
            return new VendorPeriodScore(i.VendorId, period, details, now);
        }).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.VendorScores.IgnoreQueryFilters().Where(s => s.PeriodStart == period.FirstDay).ExecuteDeleteAsync(cancellationToken);
        db.VendorScores.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ScoringSummary(period, rows.Count, inputs.Sum(i => i.Language.N));
    }

    private sealed record Scored(VendorInputs Inputs, QualityScores Scores, Estimate ResolutionScorecards, Estimate Quality, Estimate Composite, double AbuseIndex);

    private static Scored Score(VendorInputs i, (Prior L, Prior E, Prior R, Prior C) priors)
    {
        var resolutionScorecards = Shrinkage.Shrink(i.Resolution, priors.R);
        var scores = new QualityScores(Shrinkage.Shrink(i.Language, priors.L), Shrinkage.Shrink(i.Empathy, priors.E),
            ResolutionBlend.Combine(resolutionScorecards, i.RepeatContactRate, i.Totals.TransferRate), Shrinkage.Shrink(i.Compliance, priors.C));
        var abuse = Domain.Scoring.AbuseIndex.From(i.Confirmed);
        return new Scored(i, scores, resolutionScorecards, Composite.Quality(scores), Composite.Of(scores, abuse), abuse);
    }

    /// <summary>The periods that have calls, newest first (for the nightly recompute and the CLI's default).</summary>
    public async Task<IReadOnlyList<Period>> PeriodsWithCallsAsync(int latest, CancellationToken cancellationToken = default)
    {
        var last = await db.Calls.MaxAsync(c => (DateTimeOffset?)c.StartedAt, cancellationToken);
        if (last is null) return [];
        var first = await db.Calls.MinAsync(c => c.StartedAt, cancellationToken);
        var periods = new List<Period>();
        for (var p = Period.Of(last.Value); p.CompareTo(Period.Of(first)) >= 0 && periods.Count < latest; p = p.Previous()) periods.Add(p);
        return periods;
    }
}
