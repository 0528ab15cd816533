using VendorAudit.Domain.Detection.Statistics;

namespace VendorAudit.Domain.Scoring;

/// <summary>One vendor-period's four dimension estimates (Resolution already blended with its rates).</summary>
public sealed record QualityScores(Estimate Language, Estimate Empathy, Estimate Resolution, Estimate Compliance);

/// <summary>
/// The quality score (the four dimensions weighted) and the composite that ranks vendors (quality less
/// a penalty for confirmed abuse), each with an interval carried through from the dimensions'.
/// </summary>
public static class Composite
{
    public const double LanguageWeight = 0.25, EmpathyWeight = 0.25, ResolutionWeight = 0.30, ComplianceWeight = 0.20;

    /// <summary>Composite points lost per abuse-index point: the full index of 100 costs 20 points.</summary>
    public const double AbusePenalty = 0.2;

    /// <summary>
    /// Σ wᵢ·scoreᵢ with the interval ± z·√(Σ wᵢ²·sdᵢ²), sdᵢ = half-widthᵢ / z, assuming the dimensions independent.
    /// A dimension with N = 0 is N/A, as an N/A item is on a scorecard: its weight moves to the others, so a template
    /// without compliance items does not drag every vendor toward 0. With every dimension at N = 0 all four count as given.
    /// <paramref name="confidence"/> must be the one the dimensions were estimated at. N is the largest dimension's.
    /// </summary>
    public static Estimate Quality(QualityScores scores, double confidence = 0.95)
    {
        var (center, halfWidth, n, raw) = Weighted(scores, confidence);
        return Estimate.Around(center, halfWidth, n, raw);
    }

    /// <summary>Quality − 0.2 × abuse index, clipped to 0–100, with Quality's half-width around the shifted score.</summary>
    public static Estimate Of(QualityScores scores, double abuseIndex, double confidence = 0.95)
    {
        if (!(abuseIndex is >= 0 and <= AbuseIndex.Max))
            throw new ArgumentOutOfRangeException(nameof(abuseIndex), abuseIndex, "The abuse index is 0 to 100.");
        var (center, halfWidth, n, raw) = Weighted(scores, confidence);
        // From Quality's center before rounding and clipping, so the shift does not inherit a bound Quality hit.
        var penalty = AbusePenalty * abuseIndex;
        return Estimate.Around(center - penalty, halfWidth, n, raw - penalty);
    }

    private static (double Center, double HalfWidth, int N, double Raw) Weighted(QualityScores scores, double confidence)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var z = NormalQuantile.TwoSided(confidence);
        (Estimate Estimate, double Weight)[] all =
        [
            (scores.Language, LanguageWeight), (scores.Empathy, EmpathyWeight),
            (scores.Resolution, ResolutionWeight), (scores.Compliance, ComplianceWeight),
        ];
        var measured = all.Where(d => d.Estimate.N > 0).ToArray();
        var used = measured.Length > 0 ? measured : all;
        var totalWeight = used.Sum(d => d.Weight);

        double center = 0, raw = 0, variance = 0;
        foreach (var (estimate, weight) in used)
        {
            var w = weight / totalWeight;
            var sd = estimate.HalfWidth / z;
            center += w * estimate.Score;
            raw += w * estimate.RawMean;
            variance += w * w * sd * sd;
        }
        return (center, z * Math.Sqrt(variance), all.Max(d => d.Estimate.N), raw);
    }
}
