namespace VendorAudit.Seed;

/// <summary>
/// When customers call: 08:00-20:00 local every day, peaks mid-morning and early afternoon, busy
/// Mondays and quiet Sundays. The same shape sets the load, hence the waits.
/// </summary>
internal static class Traffic
{
    public const int OpeningHour = 8;
    public const int ClosingHour = 20;
    public const int OpenSeconds = (ClosingHour - OpeningHour) * 3600;

    /// <summary>Relative call volume per local hour from 08:00 to 19:00.</summary>
    private static readonly double[] HourVolume = [0.55, 0.95, 1.35, 1.40, 1.10, 0.85, 1.20, 1.30, 1.05, 0.80, 0.60, 0.40];

    /// <summary>Relative call volume per day, indexed by <see cref="DayOfWeek"/> (Sunday first).</summary>
    private static readonly double[] DayVolume = [0.30, 1.25, 1.05, 1.00, 1.00, 0.95, 0.55];

    /// <summary>How stretched the staff is per day: weekends run thin teams, Mondays start behind.</summary>
    private static readonly double[] DayPressure = [0.80, 1.15, 1.00, 0.95, 0.95, 0.95, 0.90];

    public static IReadOnlyList<double> HourWeights => HourVolume;

    public static double DayWeight(DayOfWeek day) => DayVolume[(int)day];

    /// <summary>Queue load: 1 is an ordinary hour, 1.5 and above a peak the staffing cannot absorb.</summary>
    public static double Load(DayOfWeek day, int hour, double dayNoise) =>
        HourVolume[Math.Clamp(hour, OpeningHour, ClosingHour - 1) - OpeningHour] * DayPressure[(int)day] * dayNoise;

    /// <summary>
    /// Seconds until an agent would pick up: at once when one is free (more often at a light load),
    /// else an exponential wait whose mean grows quickly once the load passes 1.
    /// </summary>
    public static int Pickup(Dice dice, double waitScale, double load)
    {
        var queued = Math.Clamp(0.35 * Math.Pow(load, 1.5), 0.05, 0.97);
        return dice.Chance(queued) ? (int)dice.Exponential(waitScale * Math.Exp(2.0 * (load - 1.0))) : dice.Between(0, 4);
    }

    /// <summary>The callers' UTC offset on a day: European summer time runs from the last Sunday of March to the last Sunday of October.</summary>
    public static TimeSpan Offset(Market market, DateOnly day)
    {
        var summer = day >= LastSunday(day.Year, 3) && day < LastSunday(day.Year, 10);
        return TimeSpan.FromHours(market.StandardOffsetHours + (summer ? 1 : 0));
    }

    /// <summary>Moves a second of the local day (possibly past midnight) into opening hours, or returns false when it falls after <paramref name="lastDay"/>.</summary>
    public static bool IntoOpeningHours(Dice dice, int lastDay, ref int day, ref int second)
    {
        day += Math.DivRem(second, 86_400, out second);
        if (second >= ClosingHour * 3600)
        {
            day++;
            second = OpeningHour * 3600 + dice.Between(0, 5400);
        }
        else if (second < OpeningHour * 3600)
        {
            second = OpeningHour * 3600 + dice.Between(0, 5400);
        }
        return day <= lastDay;
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
