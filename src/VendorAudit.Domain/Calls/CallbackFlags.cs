namespace VendorAudit.Domain.Calls;

/// <summary>
/// What a call says about callbacks, as its platform recorded it. Kept beside the details document
/// as one small column: detection reads these three facts of every call of a vendor's month, and
/// out of the document they were most of the database's work on that read.
/// </summary>
[Flags]
public enum CallbackFlags : short
{
    None = 0,

    /// <summary>The caller asked to be called back (queue key, web form, agent promise).</summary>
    Requested = 1,

    /// <summary>The platform marks a callback as made: on the request itself, or on the call that is the callback.</summary>
    Made = 2,

    /// <summary>The call is an outbound callback placed by the vendor (Connect <c>CALLBACK</c>).</summary>
    IsCallback = 4,
}

public static class CallbackFlagsOf
{
    /// <summary>The flags a call's details imply.</summary>
    public static CallbackFlags Details(CallDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var flags = CallbackFlags.None;
        if (details.CallbackRequested) flags |= CallbackFlags.Requested;
        if (details.CallbackMade) flags |= CallbackFlags.Made;
        if (string.Equals(details.InitiationMethod, "CALLBACK", StringComparison.OrdinalIgnoreCase)) flags |= CallbackFlags.IsCallback;
        return flags;
    }
}
