namespace VendorAudit.Domain.Vendors;

/// <summary>
/// An agent of one vendor, named exactly as the vendor's telephony data names it
/// (<c>SIP/1001</c>, <c>Local/1001@agents/n</c>, a Connect username…), so imports match without guessing.
/// </summary>
public sealed class Agent
{
    private Agent() { }

    public Agent(int vendorId, string name, string? displayName = null, string? team = null)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("An agent needs the name used in the telephony data.");
        if (name.Length > 200) throw new DomainException("An agent's telephony name is longer than 200 characters.");
        VendorId = vendorId;
        Name = name;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        Team = string.IsNullOrWhiteSpace(team) ? null : team.Trim();
    }

    public int Id { get; private set; }
    public int VendorId { get; private set; }
    public string Name { get; private set; } = "";
    public string? DisplayName { get; private set; }
    public string? Team { get; private set; }

    public string Label => DisplayName is null ? Name : $"{DisplayName} ({Name})";
}
