using VendorAudit.Domain.Periods;

namespace VendorAudit.Domain.Sampling;

/// <summary>
/// The calls of one vendor-month chosen for audit: a stratified random sample sized for a margin of
/// error, and a separate targeted set pulled in by findings. Only the random set feeds vendor scores.
/// </summary>
public sealed class SamplingPlan
{
    private SamplingPlan() { }

    public SamplingPlan(int vendorId, Period period, string templateCode, SampleSizeCalculation size,
        IReadOnlyList<Stratum> strata, ulong seed, DateOnly dueDate, string createdBy, DateTimeOffset createdAt)
    {
        VendorId = vendorId;
        PeriodStart = period.FirstDay;
        TemplateCode = templateCode;
        Margin = size.Margin;
        Confidence = size.Confidence;
        Population = size.Population;
        RandomSize = strata.Sum(s => s.Allocated);
        Seed = unchecked((long)seed);
        DueDate = dueDate;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Strata = strata.Select(s => new PlanStratum { Key = s.Key, Population = s.Population, Allocated = s.Allocated }).ToList();
    }

    public long Id { get; private set; }
    public int VendorId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public string TemplateCode { get; private set; } = "";
    public double Margin { get; private set; }
    public double Confidence { get; private set; }
    public int Population { get; private set; }
    public int RandomSize { get; private set; }
    public int TargetedSize { get; private set; }
    /// <summary>The seed of the draw, kept so that anyone can redraw the same sample and check it.</summary>
    public long Seed { get; private set; }
    public DateOnly DueDate { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public List<PlanStratum> Strata { get; private set; } = [];

    public Period Period => Period.Of(PeriodStart);

    public SampleSizeCalculation Calculation => SampleSize.For(Population, Margin, Confidence);

    public void CountTargeted(int added) => TargetedSize += added;
}

public sealed class PlanStratum
{
    public string Key { get; set; } = "";
    public int Population { get; set; }
    public int Allocated { get; set; }
}
