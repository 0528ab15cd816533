using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Seed;

/// <summary>The five demo vendors: one clean, four with planted abuses and honest look-alikes.</summary>
internal static class VendorProfiles
{
    private static readonly Market France = new(["+336", "+337"], 8, 1);
    private static readonly Market UnitedKingdom = new(["+447"], 9, 0);
    private static readonly string[] StandardQueues = ["billing", "delivery", "cancellation", "technical"];
    private static readonly double[] StandardQueueWeights = [0.30, 0.35, 0.15, 0.20];

    public static IReadOnlyList<VendorProfile> All { get; } =
    [
        new()
        {
            Code = "NORTHWIND", Name = "Northwind Contact Services, Lda.", Country = "Portugal", Locale = "pt_PT",
            Profile = "clean", Platform = Platform.QueueLog, Naming = AgentNaming.AgentChannel, FirstExtension = 4001,
            Sites = ["Lisboa", "Porto"], Market = France,
            Languages = ["fr", "pt", "en"], LanguageWeights = [0.86, 0.09, 0.05],
            Queues = StandardQueues, QueueWeights = StandardQueueWeights,
            WaitScale = 14, TalkMedian = 225, CallbackOfferTaken = 0.15,
            Targets = () => new ContractTargets(20, 0.80m, 30, 0.05m, null, 80m, 0.15m),
            Grid = () => Grid(240_000m, 1.5m, 90m, 0.5m, 2m),
        },
        new()
        {
            Code = "ATLAS", Name = "Atlas Relation Client SARL", Country = "Morocco", Locale = "fr",
            Profile = "agent-hangups", Platform = Platform.QueueLog, Naming = AgentNaming.Sip, FirstExtension = 1001,
            Sites = ["Casablanca", "Rabat"], Market = France,
            Languages = ["fr", "ar", "en"], LanguageWeights = [0.95, 0.03, 0.02],
            Queues = StandardQueues, QueueWeights = StandardQueueWeights,
            WaitScale = 35, TalkMedian = 240, CallbackOfferTaken = 0.15,
            Targets = () => new ContractTargets(20, 0.80m, 30, 0.06m, null, 78m, 0.18m),
            Grid = () => Grid(180_000m, 1.5m, 90m, 0.5m, 3m),
            Plants =
            [
                new(FindingKinds.AgentHangup, "blatant", 0.25, true,
                    "Ends about 25 % of answered calls within the first 10 s of talk; about 60 % of those callers call back within hours."),
                new(FindingKinds.AgentHangup, "subtle", 0.04, true,
                    "Ends about 4 % of answered calls within the first 10 s of talk; about 60 % of those callers call back within hours."),
            ],
        },
        new()
        {
            Code = "BLUEBAY", Name = "Blue Bay Customer Care Ltd", Country = "Mauritius", Locale = "fr",
            Profile = "handle-time-gaming", Platform = Platform.QueueLog, Naming = AgentNaming.PjSip, FirstExtension = 2001,
            Sites = ["Ebène", "Port-Louis"], Market = France,
            Languages = ["fr", "en"], LanguageWeights = [0.94, 0.06],
            Queues = StandardQueues, QueueWeights = StandardQueueWeights,
            WaitScale = 32, TalkMedian = 235, CallbackOfferTaken = 0.15,
            Targets = () => new ContractTargets(20, 0.80m, 30, 0.05m, 257, 80m, 0.15m),
            Grid = () => Grid(150_000m, 2m, 90m, 0.5m, 2m),
            Plants =
            [
                Gaming("blatant", 0.75), Gaming("blatant", 0.60), Gaming("subtle", 0.20), Gaming("subtle", 0.15),
            ],
            Negatives =
            [
                new(NegativePatterns.FastAgent,
                    "Short talk and quick wrap-up: most calls end well under the 257 s cap on their own, with a smooth distribution and no pile-up just below it."),
            ],
        },
        new()
        {
            Code = "CEDAR", Name = "Cedar Contact Tunisie SARL", Country = "Tunisia", Locale = "fr",
            Profile = "queue-dumping", Platform = Platform.QueueLog, Naming = AgentNaming.LocalChannel, FirstExtension = 3001,
            Sites = ["Tunis", "Sousse"], Market = France,
            Languages = ["fr", "ar", "en"], LanguageWeights = [0.96, 0.03, 0.01],
            Queues = StandardQueues, QueueWeights = StandardQueueWeights,
            WaitScale = 110, TalkMedian = 230, CallbackOfferTaken = 0.15,
            Targets = () => new ContractTargets(20, 0.80m, 30, 0.08m, 600, 75m, 0.20m),
            Grid = () => Grid(120_000m, 1m, 92m, 1m, 3m),
            Plants =
            [
                new(FindingKinds.QueueDumping, "blatant", 0.50, true,
                    "Releases 50 % of the calls answered after a wait of 90 s or more within 3 s of talk; about 70 % of those callers call back within the half hour."),
                new(FindingKinds.QueueDumping, "subtle", 0.12, true,
                    "Releases 12 % of the calls answered after a wait of 90 s or more within 3 s of talk; about 70 % of those callers call back within the half hour."),
                new(FindingKinds.SystemDrop, "blatant", 0.85, false,
                    "The queue cuts off 85 % of the callers still waiting at 180 s (EXITWITHTIMEOUT); about 65 % of them call back within the hour."),
                new(FindingKinds.TransferDeflection, "blatant", 0.40, true,
                    "Transfers 40 % of handled calls after a short talk (peers 4-9 %); half of the transferred callers call again within 48 h."),
                new(FindingKinds.TransferDeflection, "subtle", 0.18, true,
                    "Transfers 18 % of handled calls after a short talk (peers 4-9 %); half of the transferred callers call again within 48 h."),
            ],
        },
        new()
        {
            Code = "DUNMORE", Name = "Dunmore Outsourcing Inc.", Country = "Philippines", Locale = "en",
            Profile = "callbacks-not-honored", Platform = Platform.Connect, Naming = AgentNaming.ConnectUsername, FirstExtension = 0,
            Sites = ["Makati", "Cebu"], Market = UnitedKingdom,
            Languages = ["en"], LanguageWeights = [1.0],
            Queues = [.. StandardQueues, "general"], QueueWeights = [0.27, 0.31, 0.13, 0.18, 0.11],
            WaitScale = 38, TalkMedian = 250, CallbackOfferTaken = 0.35,
            Targets = () => new ContractTargets(20, 0.80m, 30, 0.07m, 600, 85m, 0.15m),
            Grid = () => Grid(320_000m, 1.5m, 92m, 0.5m, 2m),
            Plants =
            [
                new(FindingKinds.CallbackNotHonored, "blatant", 0.65, false,
                    "65 % of requested callbacks (queue callback key or promised by the agent) are never made; other vendors miss about 3 %."),
            ],
            Negatives =
            [
                new(NegativePatterns.WrongNumberDesk,
                    "Staffs the general switchboard line: many calls under 20 s, every one ended by the caller (wrong numbers), no callback after them."),
                new(NegativePatterns.FastAgent,
                    "Talk time about half the vendor median with a smooth distribution; nothing piles up under the 600 s cap."),
            ],
        },
    ];

    private static PlantSpec Gaming(string strength, double rate) =>
        new(FindingKinds.HandleTimeGaming, strength, rate, true,
            $"Cuts short {rate * 100:0} % of the calls that would run past the 257 s cap, ending them at 240-256 s of handle time.");

    private static BonusMalusGrid Grid(decimal invoice, decimal malusPerPoint, decimal bonusThreshold,
        decimal serviceLevelMalus, decimal abuseMalus) => new()
    {
        Currency = "EUR",
        MonthlyInvoice = invoice,
        MalusPercentPerPoint = malusPerPoint,
        MalusCapPercent = 10m,
        BonusThreshold = bonusThreshold,
        BonusPercentPerPoint = 1m,
        BonusCapPercent = 5m,
        ServiceLevelMalusPercentPerPoint = serviceLevelMalus,
        ConfirmedAbuseMalusPercent = abuseMalus,
    };
}
