using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Tests.Scorecards;

namespace VendorAudit.Domain.Tests.Builders;

/// <summary>
/// Builds scorecards on the real hotline-quality v1 template, as a draft or submitted with the worked card
/// (AnswersBuilder.TheWorkedHotlineCard: total 77.13). Ids stay 0: the database sets them.
/// </summary>
public sealed class ScorecardBuilder
{
    public const int VendorId = 3;
    public const long CallId = 4711;
    public const string Auditor = "auditor-1";
    public static readonly DateTimeOffset StartedAt = new(2026, 10, 5, 8, 30, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SubmittedAt = new(2026, 10, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly ScorecardTemplate HotlineTemplate = TemplateFiles.HotlineQuality();

    private SampleKind _kind = SampleKind.Random;
    private long? _calibrationSessionId;

    public static ScorecardTemplate Hotline => HotlineTemplate;

    public static ScorecardBuilder AHotlineScorecard() => new();

    public ScorecardBuilder InCalibrationSession(long sessionId)
    {
        _kind = SampleKind.Calibration;
        _calibrationSessionId = sessionId;
        return this;
    }

    public Scorecard Draft() => new(VendorId, CallId, 7, Hotline, Auditor, _kind, StartedAt, calibrationSessionId: _calibrationSessionId);

    /// <summary>Submitted by its auditor at <see cref="SubmittedAt"/>, with the worked card unless other answers are given.</summary>
    public Scorecard Submitted(AnswersBuilder? answers = null)
    {
        var scorecard = Draft();
        scorecard.Submit(Hotline, (answers ?? AnswersBuilder.TheWorkedHotlineCard()).BuildAnswers(), Auditor, SubmittedAt);
        return scorecard;
    }
}
