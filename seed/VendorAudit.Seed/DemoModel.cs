using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Periods;

namespace VendorAudit.Seed;

/// <summary>How much demo data to make; the same options always give the same data.</summary>
public sealed record DemoOptions(int Seed, Period FirstPeriod, int Months, int CallsPerVendorPerMonth)
{
    /// <summary>The portal's demo: three months, tens of thousands of calls per vendor.</summary>
    public static DemoOptions Full => new(20261122, new Period(2026, 8), 3, 15_000);

    /// <summary>Enough for tests to see every profile, small enough to seed in a second.</summary>
    public static DemoOptions Small => new(20261122, new Period(2026, 8), 3, 600);
}

/// <summary>A vendor as the demo plants it, with its profile and agents by telephony name.</summary>
public sealed record DemoVendor(string Code, string Name, string Country, string Profile,
    IReadOnlyList<DemoAgent> Agents, ContractTargets Targets, BonusMalusGrid Grid);

public sealed record DemoAgent(string Name, string DisplayName, string Team);

/// <summary>
/// A call before it has database ids: the vendor by code, the agent by telephony name and the caller
/// as a raw E.164 number (pseudonymised on the way into the database, never stored as is).
/// </summary>
public sealed record DemoCall(string VendorCode, string ExternalId, DateTimeOffset StartedAt, CallTimings Timings,
    CallOutcome Outcome, EndedBy EndedBy, string? AgentName, string Queue, string CallerNumber, int Transfers, CallDetails Details);

/// <summary>What the generator planted, written next to it so detectors can be scored against it.</summary>
public sealed record DemoTruth(int Seed, string FirstPeriod, int Months, IReadOnlyList<PlantedAbuse> Planted, IReadOnlyList<HardNegative> HardNegatives, IReadOnlyList<string> CleanVendors);

/// <summary>An abuse the generator planted: its kind id, vendor, agent (null when vendor-wide) and strength.</summary>
public sealed record PlantedAbuse(string Kind, string Vendor, string? Agent, string Strength, double Rate, string Description);

/// <summary>An agent that looks suspicious at first sight but is honest (for example a wrong-number desk).</summary>
public sealed record HardNegative(string Vendor, string Agent, string Pattern, string Description);
