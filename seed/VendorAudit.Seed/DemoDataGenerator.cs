namespace VendorAudit.Seed;

/// <summary>
/// The portal's demo data: five vendors, their agents and contracts, months of calls with planted
/// abuses, and the truth about what was planted. Everything follows from <see cref="DemoOptions.Seed"/>:
/// two generators with the same options give the same vendors, agents, calls and truth, and each
/// vendor's calls can be streamed any number of times, in any order, with the same result.
/// </summary>
public sealed class DemoDataGenerator
{
    private readonly DemoOptions options;
    private readonly VendorModel[] models;

    public DemoDataGenerator(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Months, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.CallsPerVendorPerMonth, 1, nameof(options));
        this.options = options;
        models = VendorProfiles.All.Select((profile, index) => AgentRoster.Build(index, profile, options.Seed)).ToArray();
        Vendors = models.Select(m => m.Vendor).ToList();
        Truth = new DemoTruth(options.Seed, options.FirstPeriod.ToString(), options.Months,
            models.SelectMany(m => m.Planted).ToList(),
            models.SelectMany(m => m.Negatives).ToList(),
            models.Where(m => m.Profile.IsClean).Select(m => m.Vendor.Code).ToList());
    }

    /// <summary>Exactly five vendors: one clean, four with planted abuses.</summary>
    public IReadOnlyList<DemoVendor> Vendors { get; }

    /// <summary>What was planted where, to score detectors against.</summary>
    public DemoTruth Truth { get; }

    /// <summary>The vendor's calls in order of <see cref="DemoCall.StartedAt"/>, generated as they are read.</summary>
    public IEnumerable<DemoCall> Calls(DemoVendor vendor)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        var model = models.FirstOrDefault(m => m.Vendor.Code == vendor.Code)
            ?? throw new ArgumentException($"'{vendor.Code}' is not one of the demo vendors.", nameof(vendor));
        return CallStream.Generate(model, options);
    }
}
