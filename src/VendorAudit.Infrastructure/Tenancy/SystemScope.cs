namespace VendorAudit.Infrastructure.Tenancy;

/// <summary>
/// Marks the current async flow as the system's own work (a background job), which sees every
/// vendor. Outside a request nothing else does: a flow that did not enter it sees no vendor at all.
/// </summary>
public static class SystemScope
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    public static IDisposable Enter()
    {
        var previous = Active.Value;
        Active.Value = true;
        return new Exit(previous);
    }

    private sealed class Exit(bool previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}
