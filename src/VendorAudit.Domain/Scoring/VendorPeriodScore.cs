using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Scoring;

/// <summary>
/// A vendor's scores for one month as last computed: the headline figures as columns (ranking and
/// trends are plain SQL), everything behind them — intervals, KPIs, the statement — as a document.
/// Recomputing a period replaces its rows; nothing here is edited by hand.
/// </summary>
public sealed class VendorPeriodScore
{
    private VendorPeriodScore() { }

    public VendorPeriodScore(int vendorId, Period period, ScoreDetails details, DateTimeOffset computedAt)
    {
        VendorId = vendorId;
        PeriodStart = period.FirstDay;
        ComputedAt = computedAt;
        Composite = details.Composite.Score;
        Quality = details.Quality.Score;
        AbuseIndex = details.AbuseIndex;
        Rank = details.Rank;
        RankedVendors = details.RankedVendors;
        BonusMalus = details.Statement.Amount;
        Currency = details.Statement.Currency;
        Details = details;
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }
    public double Composite { get; private set; }
    public double Quality { get; private set; }
    public double AbuseIndex { get; private set; }
    public int Rank { get; private set; }
    public int RankedVendors { get; private set; }
    public decimal BonusMalus { get; private set; }
    public string Currency { get; private set; } = "EUR";
    public ScoreDetails Details { get; private set; } = null!;

    public Period Period => Period.Of(PeriodStart);
}

/// <summary>Everything behind a vendor-period's scores, as shown on its page and in its report.</summary>
public sealed record ScoreDetails(
    Estimate Language, Estimate Empathy, Estimate Resolution, Estimate Compliance,
    Estimate ResolutionScorecards, Estimate Quality, Estimate Composite, double AbuseIndex,
    int Rank, int RankedVendors, IReadOnlyList<int> OverlapsWith,
    IReadOnlyList<KpiResult> Kpis, Statement Statement, IReadOnlyList<long> ConfirmedFindings,
    long Calls, long Answered, double? RepeatContactRate, double? TransferRate);
