namespace VendorAudit.Domain.Audits;

public enum RevisionKind : short { Created = 0, DraftSaved = 1, Submitted = 2, DisputeOpened = 3, DisputeResolved = 4 }

/// <summary>
/// One change to a scorecard with a snapshot of its answers and scores. Drafts are the auditor's own
/// work: vendor users see the trail from submission on, never the draft revisions.
/// </summary>
public sealed class ScorecardRevision
{
    private ScorecardRevision() { }

    internal ScorecardRevision(Scorecard scorecard, RevisionKind kind, string by, DateTimeOffset at, string? note)
    {
        Scorecard = scorecard;
        VendorId = scorecard.VendorId;
        Kind = kind;
        By = by;
        At = at;
        Note = note;
        Status = scorecard.Status;
        Total = scorecard.Total;
        Answers = scorecard.Answers.Copy();
    }

    public long Id { get; private set; }
    public long ScorecardId { get; private set; }
    public Scorecard? Scorecard { get; private set; }
    public int VendorId { get; private set; }
    public RevisionKind Kind { get; private set; }
    public ScorecardStatus Status { get; private set; }
    public string By { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Note { get; private set; }
    public decimal? Total { get; private set; }
    public ScorecardAnswers Answers { get; private set; } = new();

    public bool IsDraft => Kind is RevisionKind.Created or RevisionKind.DraftSaved;
}
