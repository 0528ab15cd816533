namespace VendorAudit.Domain.Calibration;

/// <summary>One auditor's blind score of one calibration call: Score 0–100; ItemId null for the scorecard total.</summary>
public sealed record CalibrationRating(string AuditorId, long CallId, string? ItemId, decimal Score);

/// <summary>
/// How far an auditor sits from the session: deviations from each call's median, in score points (2 decimals).
/// MeanSignedDeviation above 0 is a lenient auditor, below 0 a severe one. Calls counts the calls compared.
/// </summary>
public sealed record AuditorDeviation(string AuditorId, int Calls, decimal MeanAbsoluteDeviation, decimal MeanSignedDeviation,
    IReadOnlyDictionary<string, decimal> ItemMeanAbsoluteDeviation);

/// <summary>
/// Whether a calibration session's scores can be trusted: ShareWithinTolerance is 0–1 (4 decimals); Alpha is
/// Krippendorff's alpha on the totals (1 = perfect agreement, 0 = no better than chance), null when undefined.
/// </summary>
public sealed record CalibrationReport(IReadOnlyList<AuditorDeviation> Auditors, decimal ShareWithinTolerance, double? Alpha,
    IReadOnlyDictionary<string, double?> ItemAlpha, IReadOnlyDictionary<long, decimal> CallMedians);
