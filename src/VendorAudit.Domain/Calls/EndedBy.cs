namespace VendorAudit.Domain.Calls;

/// <summary>Who ended the call: the heart of hang-up evidence, so "unknown" is kept rather than guessed.</summary>
public enum EndedBy : short
{
    Unknown = 0,
    Caller = 1,
    Agent = 2,
    System = 3,
}
