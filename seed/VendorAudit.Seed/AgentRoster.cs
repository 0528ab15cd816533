using System.Globalization;
using System.Text;
using Bogus;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Seed;

/// <summary>Builds a vendor's agents (names in its platform's style, teams, shifts, habits) and plants its abuses on them.</summary>
internal static class AgentRoster
{
    private static readonly (int Start, int End)[] Shifts = [(8, 15), (10, 18), (13, 20)];
    private static readonly double[] ShiftWeights = [0.35, 0.35, 0.30];
    private static readonly DayOfWeek[][] DaysOff =
    [
        [DayOfWeek.Saturday, DayOfWeek.Sunday], [DayOfWeek.Sunday, DayOfWeek.Monday], [DayOfWeek.Monday, DayOfWeek.Tuesday],
        [DayOfWeek.Tuesday, DayOfWeek.Wednesday], [DayOfWeek.Wednesday, DayOfWeek.Thursday],
        [DayOfWeek.Thursday, DayOfWeek.Friday], [DayOfWeek.Friday, DayOfWeek.Saturday],
    ];
    private static readonly double[] DaysOffWeights = [0.45, 0.15, 0.10, 0.10, 0.10, 0.05, 0.05];

    public static VendorModel Build(int index, VendorProfile profile, int seed)
    {
        var faker = new Faker(profile.Locale) { Random = new Randomizer(Seeds.For(seed, index, Seeds.Roster)) };
        var dice = new Dice(faker.Random);
        var count = dice.Between(30, 60);
        var extensions = faker.Random.Shuffle(Enumerable.Range(profile.FirstExtension, 99)).Take(count).Order().ToArray();
        var teams = profile.Sites.SelectMany(site => new[] { $"{site} 1", $"{site} 2" }).ToArray();

        var agents = new List<AgentModel>(count);
        var displayNames = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            string first, last;
            do { first = faker.Name.FirstName(); last = faker.Name.LastName(); }
            while (!displayNames.Add($"{first} {last}"));
            var name = TelephonyName(profile.Naming, extensions[i], first, last, names);
            var shift = Shifts[dice.Weighted(ShiftWeights)];
            agents.Add(new AgentModel(new DemoAgent(name, $"{first} {last}", dice.Pick(teams)))
            {
                Weight = dice.Chance(0.15) ? 0.5 : dice.Uniform(0.9, 1.1),
                TalkFactor = Math.Clamp(dice.LogNormal(1.0, 0.22), 0.65, 1.6),
                AcwMedian = dice.Uniform(15, 40),
                HoldShare = dice.Uniform(0.12, 0.30),
                TransferRate = dice.Uniform(0.04, 0.09),
                ShiftStart = shift.Start,
                ShiftEnd = shift.End,
                DaysOff = DaysOff[dice.Weighted(DaysOffWeights)],
            });
        }

        // Abusers and look-alikes are full-timers, so that even the small demo gives them enough calls.
        var order = new Queue<int>(faker.Random.Shuffle(Enumerable.Range(0, count)));
        var planted = new List<PlantedAbuse>();
        foreach (var plant in profile.Plants)
        {
            AgentModel? agent = null;
            if (plant.AgentLevel)
            {
                agent = agents[order.Dequeue()];
                agent.Weight = 1.15;
                Plant(agent, plant);
            }
            planted.Add(new PlantedAbuse(plant.Kind, profile.Code, agent?.Agent.Name, plant.Strength, plant.Rate, plant.Description));
        }
        var negatives = new List<HardNegative>();
        foreach (var negative in profile.Negatives)
        {
            var agent = agents[order.Dequeue()];
            Shape(agent, negative.Pattern);
            negatives.Add(new HardNegative(profile.Code, agent.Agent.Name, negative.Pattern, negative.Description));
        }

        var vendor = new DemoVendor(profile.Code, profile.Name, profile.Country, profile.Profile,
            agents.Select(a => a.Agent).ToList(), profile.Targets(), profile.Grid());
        return new VendorModel(index, profile, vendor, agents, planted, negatives);
    }

    private static void Plant(AgentModel agent, PlantSpec plant)
    {
        switch (plant.Kind)
        {
            case FindingKinds.AgentHangup:
                agent.HangupRate = plant.Rate;
                break;
            case FindingKinds.HandleTimeGaming:
                agent.GamingRate = plant.Rate;
                break;
            case FindingKinds.QueueDumping:
                agent.DumpRate = plant.Rate;
                // Dumping needs long queues: the dumper works through both daily peaks.
                (agent.ShiftStart, agent.ShiftEnd) = (10, 18);
                break;
            case FindingKinds.TransferDeflection:
                agent.TransferRate = plant.Rate;
                agent.Deflects = true;
                break;
            default:
                throw new InvalidOperationException($"'{plant.Kind}' cannot be planted on an agent.");
        }
    }

    private static void Shape(AgentModel agent, string pattern)
    {
        switch (pattern)
        {
            case NegativePatterns.WrongNumberDesk:
                agent.WrongNumberDesk = true;
                // Ordinary queues rarely reach the desk; the general line does (see CallSimulator).
                agent.Weight = 0.3;
                break;
            case NegativePatterns.FastAgent:
                agent.Weight = 1.15;
                agent.TalkFactor = 0.45;
                agent.AcwMedian = 12;
                agent.HoldShare = 0.08;
                break;
            default:
                throw new InvalidOperationException($"Unknown hard-negative pattern '{pattern}'.");
        }
    }

    private static string TelephonyName(AgentNaming naming, int extension, string first, string last, HashSet<string> taken)
    {
        var name = naming switch
        {
            AgentNaming.Sip => $"SIP/{extension}",
            AgentNaming.PjSip => $"PJSIP/{extension}",
            AgentNaming.LocalChannel => $"Local/{extension}@agents/n",
            AgentNaming.AgentChannel => $"Agent/{extension}",
            AgentNaming.ConnectUsername => $"{Ascii(first)[..1]}.{Ascii(last)}",
            _ => throw new ArgumentOutOfRangeException(nameof(naming)),
        };
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{name}{n}";
        return unique;
    }

    /// <summary>Lower-case ASCII letters only, as Connect usernames are usually made ("Gérald O'Hara" → "gerald", "ohara").</summary>
    private static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && char.IsAsciiLetter(c))
                builder.Append(char.ToLowerInvariant(c));
        return builder.Length > 0 ? builder.ToString() : "agent";
    }
}
