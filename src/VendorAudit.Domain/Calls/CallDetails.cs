namespace VendorAudit.Domain.Calls;

/// <summary>The parts of a call that are read but never filtered on; stored as a jsonb document.</summary>
public sealed class CallDetails
{
    public string Source { get; set; } = "";
    public int RingSeconds { get; set; }
    public int Holds { get; set; }
    public int QueuePosition { get; set; }
    public string? Disposition { get; set; }
    public string? Language { get; set; }
    public string? InitiationMethod { get; set; }
    public string? DisconnectReason { get; set; }
    public bool CallbackRequested { get; set; }
    public bool CallbackMade { get; set; }
    public string? PreviousContactId { get; set; }
    public string? NextContactId { get; set; }
    public string? TransferTarget { get; set; }
}
