namespace VendorAudit.Domain.Calls;

/// <summary>What was said on a call, turn by turn, when the vendor or the brand supplied it.</summary>
public sealed class CallTranscript
{
    private CallTranscript() { }

    public CallTranscript(Call call, IReadOnlyList<TranscriptTurn> turns, string importedBy, DateTimeOffset at)
    {
        CallId = call.Id;
        VendorId = call.VendorId;
        Replace(turns, importedBy, at);
    }

    public long CallId { get; private set; }
    public int VendorId { get; private set; }
    public List<TranscriptTurn> Turns { get; private set; } = [];
    public string ImportedBy { get; private set; } = "";
    public DateTimeOffset ImportedAt { get; private set; }

    public void Replace(IReadOnlyList<TranscriptTurn> turns, string importedBy, DateTimeOffset at)
    {
        if (turns.Count == 0) throw new DomainException("A transcript needs at least one turn.");
        Turns = turns.OrderBy(t => t.AtSeconds).ToList();
        ImportedBy = importedBy;
        ImportedAt = at;
    }
}

public sealed class TranscriptTurn
{
    /// <summary>"agent", "customer" or "system".</summary>
    public string Speaker { get; set; } = "";
    public int AtSeconds { get; set; }
    public string Text { get; set; } = "";
}
