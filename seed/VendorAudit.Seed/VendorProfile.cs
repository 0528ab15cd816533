using VendorAudit.Domain.Contracts;

namespace VendorAudit.Seed;

/// <summary>The telephony platform a vendor exports from; it shapes agent names and disconnect reasons.</summary>
internal enum Platform { QueueLog, Connect }

/// <summary>How the vendor's agents are named in its telephony data.</summary>
internal enum AgentNaming { Sip, PjSip, LocalChannel, AgentChannel, ConnectUsername }

/// <summary>Where the vendor's callers live: their number plan and their clock.</summary>
/// <param name="Prefixes">E.164 prefixes of mobile numbers, each followed by <paramref name="Digits"/> digits.</param>
/// <param name="StandardOffsetHours">UTC offset in winter; European summer time adds an hour.</param>
internal sealed record Market(string[] Prefixes, int Digits, int StandardOffsetHours);

/// <summary>An abuse to plant: on one agent, or vendor-wide when <see cref="AgentLevel"/> is false.</summary>
/// <param name="Rate">The probability the simulation applies; its meaning per kind is spelt out in <see cref="Description"/>.</param>
internal sealed record PlantSpec(string Kind, string Strength, double Rate, bool AgentLevel, string Description);

/// <summary>An honest agent who looks suspicious at first sight.</summary>
internal sealed record NegativeSpec(string Pattern, string Description);

internal static class NegativePatterns
{
    public const string WrongNumberDesk = "wrong-number-desk";
    public const string FastAgent = "fast-agent";
}

/// <summary>Everything that makes one demo vendor behave the way it does.</summary>
internal sealed record VendorProfile
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Country { get; init; }
    public required string Profile { get; init; }
    public required string Locale { get; init; }
    public required Platform Platform { get; init; }
    public required AgentNaming Naming { get; init; }
    public required int FirstExtension { get; init; }
    public required string[] Sites { get; init; }
    public required Market Market { get; init; }
    public required string[] Languages { get; init; }
    public required double[] LanguageWeights { get; init; }
    public required string[] Queues { get; init; }
    public required double[] QueueWeights { get; init; }

    /// <summary>Mean wait (s) of a queued caller at an ordinary load; peaks multiply it.</summary>
    public required double WaitScale { get; init; }

    /// <summary>Median talk time (s) of an ordinary call to an ordinary agent.</summary>
    public required double TalkMedian { get; init; }

    /// <summary>Share of callers giving up after a minute's wait who press the key to be called back instead.</summary>
    public required double CallbackOfferTaken { get; init; }

    public required Func<ContractTargets> Targets { get; init; }
    public required Func<BonusMalusGrid> Grid { get; init; }
    public IReadOnlyList<PlantSpec> Plants { get; init; } = [];
    public IReadOnlyList<NegativeSpec> Negatives { get; init; } = [];

    public bool IsClean => Plants.Count == 0;

    public PlantSpec? VendorPlant(string kind) => Plants.FirstOrDefault(p => !p.AgentLevel && p.Kind == kind);
}
