using VendorAudit.Domain.Scoring;

namespace VendorAudit.Domain.Reports;

public enum RecommendationKind { Renew, RenewWithImprovementPlan, Escalate }

/// <summary>
/// What the report recommends for the review, derived from the period's figures only, so two readers of the
/// same scores reach the same advice:
/// escalate when the abuse index reaches 20 (two confirmed agent abuses or one vendor-wide) or the composite is
/// under 60; renew with an improvement plan when anything costs money or misses the contract (a malus line, a
/// KPI missed, any confirmed abuse); renew otherwise.
/// </summary>
public static class Recommendation
{
    public const double EscalateAbuseIndex = 20, EscalateComposite = 60;

    public static RecommendationKind For(ScoreDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.AbuseIndex >= EscalateAbuseIndex || details.Composite.Score < EscalateComposite) return RecommendationKind.Escalate;
        var malus = details.Statement.Lines.Any(l => l.Kind is StatementLineKind.QualityMalus or StatementLineKind.ServiceLevelMalus or StatementLineKind.AbuseMalus);
        var missed = details.Kpis.Any(k => k.Met == false);
        return malus || missed || details.AbuseIndex > 0 ? RecommendationKind.RenewWithImprovementPlan : RecommendationKind.Renew;
    }
}
