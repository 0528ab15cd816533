namespace VendorAudit.Infrastructure.Tenancy;

/// <summary>
/// Which vendors' data the current caller may see. The database context applies it to every query
/// over vendor-owned data, so no controller has to remember a <c>Where</c>.
/// </summary>
public interface IVendorScope
{
    /// <summary>Brand-side users, the CLI and background jobs see every vendor.</summary>
    bool SeesAllVendors { get; }

    /// <summary>The only vendor visible when <see cref="SeesAllVendors"/> is false; null means none at all.</summary>
    int? VendorId { get; }
}

/// <summary>The scope of trusted processes: the command line and background jobs.</summary>
public sealed class AllVendorsScope : IVendorScope
{
    public bool SeesAllVendors => true;
    public int? VendorId => null;
}

/// <summary>A fixed single-vendor scope, for tests and for jobs acting on behalf of one vendor.</summary>
public sealed class SingleVendorScope(int? vendorId) : IVendorScope
{
    public bool SeesAllVendors => false;
    public int? VendorId => vendorId;
}
