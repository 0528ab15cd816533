namespace VendorAudit.Seed;

/// <summary>How one agent works: ordinary habits, plus the abuse or honest quirk the demo gives them.</summary>
internal sealed class AgentModel(DemoAgent agent)
{
    public DemoAgent Agent { get; } = agent;

    /// <summary>Relative share of the calls offered while on shift (part-timers take fewer).</summary>
    public double Weight { get; set; } = 1;

    public double TalkFactor { get; set; } = 1;
    public double AcwMedian { get; set; } = 25;
    public double HoldShare { get; set; } = 0.2;
    public double TransferRate { get; set; } = 0.06;

    /// <summary>First and last-plus-one local hour of the agent's shift.</summary>
    public int ShiftStart { get; set; } = 8;
    public int ShiftEnd { get; set; } = 20;
    public DayOfWeek[] DaysOff { get; set; } = [];

    public double HangupRate { get; set; }
    public double GamingRate { get; set; }
    public double DumpRate { get; set; }
    public bool Deflects { get; set; }
    public bool WrongNumberDesk { get; set; }

    public bool Works(DayOfWeek day, int hour) => hour >= ShiftStart && hour < ShiftEnd && Array.IndexOf(DaysOff, day) < 0;
}

/// <summary>A vendor ready to simulate: its public description, its agents and who is on shift when.</summary>
internal sealed class VendorModel
{
    private readonly int[][] onShift = new int[7 * 24][];
    private readonly double[][] onShiftWeights = new double[7 * 24][];

    public VendorModel(int index, VendorProfile profile, DemoVendor vendor, IReadOnlyList<AgentModel> agents,
        IReadOnlyList<PlantedAbuse> planted, IReadOnlyList<HardNegative> negatives)
    {
        Index = index;
        Profile = profile;
        Vendor = vendor;
        Agents = agents;
        Planted = planted;
        Negatives = negatives;
        Desk = agents.FirstOrDefault(a => a.WrongNumberDesk);
        for (var day = 0; day < 7; day++)
            for (var hour = 0; hour < 24; hour++)
            {
                var working = Enumerable.Range(0, agents.Count).Where(i => agents[i].Works((DayOfWeek)day, hour)).ToArray();
                // A thin roster still has someone on duty: the whole team covers an uncovered hour.
                if (working.Length == 0) working = Enumerable.Range(0, agents.Count).ToArray();
                onShift[day * 24 + hour] = working;
                onShiftWeights[day * 24 + hour] = working.Select(i => agents[i].Weight).ToArray();
            }
    }

    public int Index { get; }
    public VendorProfile Profile { get; }
    public DemoVendor Vendor { get; }
    public IReadOnlyList<AgentModel> Agents { get; }
    public IReadOnlyList<PlantedAbuse> Planted { get; }
    public IReadOnlyList<HardNegative> Negatives { get; }

    /// <summary>The switchboard agent who takes most calls of the "general" line, if the vendor has one.</summary>
    public AgentModel? Desk { get; }

    public AgentModel PickAgent(Dice dice, DayOfWeek day, int hour)
    {
        var slot = (int)day * 24 + hour;
        return Agents[onShift[slot][dice.Weighted(onShiftWeights[slot])]];
    }
}
