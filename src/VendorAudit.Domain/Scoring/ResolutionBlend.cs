namespace VendorAudit.Domain.Scoring;

/// <summary>
/// Resolution is not only what auditors saw on a few calls: a caller who has to call back, or who is passed
/// on, was not resolved. So it also weighs the repeat-contact rate (the FCR proxy) and the transfer rate.
/// </summary>
public static class ResolutionBlend
{
    public const double ScorecardWeight = 0.6, RepeatWeight = 0.25, TransferWeight = 0.15;

    /// <summary>
    /// 0.6 × scorecards + 0.25 × 100(1 − repeat) + 0.15 × 100(1 − transfer); a null rate (no answered calls,
    /// or callers unknown) moves its weight to the scorecards. The rates come from every call, so their sampling
    /// error is negligible next to the sample's: the blend is a linear map of the scorecard score with slope equal
    /// to the scorecard weight, and the interval's ends are mapped the same way (half-width × 0.6 when both rates are known).
    /// RawMean goes through the same map, so Score against RawMean still shows the shrinkage only.
    /// </summary>
    public static Estimate Combine(Estimate scorecards, double? repeatContactRate, double? transferRate)
    {
        ArgumentNullException.ThrowIfNull(scorecards);
        Check(repeatContactRate, nameof(repeatContactRate));
        Check(transferRate, nameof(transferRate));

        var scorecardWeight = ScorecardWeight + (repeatContactRate is null ? RepeatWeight : 0) + (transferRate is null ? TransferWeight : 0);
        var fromRates = (repeatContactRate is { } repeat ? RepeatWeight * 100 * (1 - repeat) : 0)
            + (transferRate is { } transfer ? TransferWeight * 100 * (1 - transfer) : 0);
        double Map(double score) => Estimate.Round(Estimate.Clip(scorecardWeight * score + fromRates));

        return new Estimate(Map(scorecards.Score), Map(scorecards.CiLow), Map(scorecards.CiHigh), scorecards.N,
            scorecards.N > 0 ? Map(scorecards.RawMean) : 0);
    }

    private static void Check(double? rate, string name)
    {
        if (rate is { } value && !(value is >= 0 and <= 1))
            throw new ArgumentOutOfRangeException(name, value, "A rate is a share between 0 and 1.");
    }
}
