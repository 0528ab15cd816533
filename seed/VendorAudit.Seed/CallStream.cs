using System.Globalization;
using Bogus;

namespace VendorAudit.Seed;

/// <summary>
/// One vendor's calls, day by day in time order: the day's fresh arrivals and the repeat calls and
/// callbacks earlier calls led to, merged through one priority queue and simulated as they come.
/// </summary>
internal static class CallStream
{
    /// <summary>Share of a day's calls that are fresh arrivals; repeats and callbacks make up the rest.</summary>
    private const double FreshShare = 0.90;

    public static IEnumerable<DemoCall> Generate(VendorModel model, DemoOptions options)
    {
        var dice = new Dice(new Randomizer(Seeds.For(options.Seed, model.Index, Seeds.Traffic)));
        var firstDay = options.FirstPeriod.FirstDay;
        var lastDay = firstDay.AddMonths(options.Months).DayNumber - firstDay.DayNumber - 1;
        var callers = new CallerPool(model.Profile, options.CallsPerVendorPerMonth * options.Months, dice.Between(0, int.MaxValue - 1));
        var simulator = new CallSimulator(model, dice, callers);
        var targets = MonthlyTargets(dice, options);

        var queue = new PriorityQueue<Pending, (int Day, int Second, long Order)>();
        var fresh = new List<int>();
        var loads = new double[24];
        long order = 0;
        var (month, emitted) = (-1, 0);
        for (var day = 0; day <= lastDay; day++)
        {
            var date = firstDay.AddDays(day);
            if (MonthIndex(options, date) != month) (month, emitted) = (MonthIndex(options, date), 0);
            // Steer each day toward the month's target, so that repeats and callbacks never push a month off it.
            var expected = Math.Max(0, targets[month] - emitted) * Traffic.DayWeight(date.DayOfWeek) / WeightLeft(date);
            var count = Math.Max(0, (int)Math.Round(expected * FreshShare * (1 + 0.05 * dice.Gaussian())));
            fresh.Clear();
            for (var i = 0; i < count; i++)
                fresh.Add((Traffic.OpeningHour + dice.Weighted(Traffic.HourWeights)) * 3600 + dice.Between(0, 3599));
            fresh.Sort();
            foreach (var second in fresh) queue.Enqueue(new Pending(CallKind.Fresh, -1, null, null), (day, second, order++));

            // Some days are simply worse: sickness, a campaign, a storm.
            var dayNoise = Math.Clamp(dice.LogNormal(1.0, 0.08), 0.8, 1.3);
            for (var hour = 0; hour < 24; hour++) loads[hour] = Traffic.Load(date.DayOfWeek, hour, dayNoise);
            var offset = Traffic.Offset(model.Profile.Market, date);
            var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), offset);
            var prefix = string.Create(CultureInfo.InvariantCulture, $"{model.Profile.Code}-{date:yyyyMMdd}-");
            var sequence = 0;

            while (queue.TryPeek(out var pending, out var at) && at.Day == day)
            {
                queue.Dequeue();
                var hour = at.Second / 3600;
                var id = prefix + (++sequence).ToString("D5", CultureInfo.InvariantCulture);
                var (call, next) = simulator.Simulate(pending, id, midnight.AddSeconds(at.Second), date.DayOfWeek, hour, loads[hour]);
                if (next is { } followUp)
                {
                    var (nextDay, nextSecond) = (day, at.Second + followUp.DelaySeconds);
                    if (Traffic.IntoOpeningHours(dice, lastDay, ref nextDay, ref nextSecond))
                        queue.Enqueue(followUp.Call, (nextDay, nextSecond, order++));
                }
                emitted++;
                yield return call;
            }
        }
    }

    private static double[] MonthlyTargets(Dice dice, DemoOptions options)
    {
        var months = new double[options.Months];
        for (var m = 0; m < months.Length; m++) months[m] = options.CallsPerVendorPerMonth * dice.Uniform(0.95, 1.05);
        return months;
    }

    private static int MonthIndex(DemoOptions options, DateOnly date) =>
        (date.Year - options.FirstPeriod.Year) * 12 + date.Month - options.FirstPeriod.Month;

    /// <summary>The volume weight of the days from <paramref name="date"/> to the end of its month.</summary>
    private static double WeightLeft(DateOnly date)
    {
        var total = 0.0;
        for (var day = date; day.Month == date.Month; day = day.AddDays(1)) total += Traffic.DayWeight(day.DayOfWeek);
        return total;
    }
}
