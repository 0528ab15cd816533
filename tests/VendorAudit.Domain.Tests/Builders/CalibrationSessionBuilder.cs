using VendorAudit.Domain.Calibration;

namespace VendorAudit.Domain.Tests.Builders;

/// <summary>Builds a calibration session's ratings call by call, in the order the auditors are named.</summary>
public sealed class CalibrationSessionBuilder
{
    private readonly string[] _auditors;
    private readonly List<CalibrationRating> _ratings = [];

    private CalibrationSessionBuilder(string[] auditors) => _auditors = auditors;

    public static CalibrationSessionBuilder Auditors(params string[] auditors) => new(auditors);

    /// <summary>The scorecard totals of one call, one per auditor; null where that auditor did not score it.</summary>
    public CalibrationSessionBuilder Call(long callId, params decimal?[] totals) => Scores(callId, null, totals);

    /// <summary>One item's scores on one call, one per auditor; null where that auditor did not score it.</summary>
    public CalibrationSessionBuilder Item(long callId, string itemId, params decimal?[] scores) => Scores(callId, itemId, scores);

    public List<CalibrationRating> Build() => [.. _ratings];

    private CalibrationSessionBuilder Scores(long callId, string? itemId, decimal?[] scores)
    {
        if (scores.Length != _auditors.Length) throw new ArgumentException("One score (or null) per auditor.", nameof(scores));
        for (var i = 0; i < scores.Length; i++)
            if (scores[i] is decimal score) _ratings.Add(new CalibrationRating(_auditors[i], callId, itemId, score));
        return this;
    }
}
