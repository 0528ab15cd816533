using Npgsql;
using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Audits;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>An answered call, as the sampling planner sees it.</summary>
public sealed record AnsweredCall(long CallId, int VendorId, int AgentId, string StratumKey, DateTimeOffset StartedAt);

/// <summary>One vendor-month's plan and the calls drawn for it.</summary>
public sealed record PlanDraw(SamplingPlan Plan, IReadOnlyList<AnsweredCall> Drawn);

/// <summary>
/// The plans of every vendor-month, drawn the way <see cref="SamplingPlanner"/> draws them (agent ×
/// queue strata, proportional allocation, a seeded draw) but sized to reach a given total: each plan's
/// margin of error is the one whose Cochran size is its share of that total, so the plan page's
/// arithmetic still adds up. The monthly job draws them on the 2nd of the next month.
/// </summary>
public static class PlanDraws
{
    private const double Confidence = 0.95;

    public static async Task<List<AnsweredCall>> AnsweredCallsAsync(NpgsqlConnection connection)
    {
        var calls = new List<AnsweredCall>();
        await using var command = new NpgsqlCommand("""
            SELECT c.id, c.vendor_id, c.agent_id, a.name, c.queue, c.started_at
              FROM calls c JOIN agents a ON a.id = c.agent_id
             ORDER BY c.id
            """, connection) { CommandTimeout = 600 };
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            calls.Add(new AnsweredCall(reader.GetInt64(0), reader.GetInt32(1), reader.GetInt32(2),
                SamplingPlanner.StratumKey(reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)),
                reader.GetFieldValue<DateTimeOffset>(5)));
        return calls;
    }

    /// <summary>Plans in (period, vendor) order whose sizes add up to about <paramref name="total"/>.</summary>
    public static List<PlanDraw> Draw(IReadOnlyList<AnsweredCall> calls, int total)
    {
        // A vendor-month with a handful of calls is an edge of the generated window, not a month of work.
        var groups = calls.GroupBy(c => (Period: Period.Of(c.StartedAt), c.VendorId)).Where(g => g.Count() >= 100)
            .OrderBy(g => g.Key.Period).ThenBy(g => g.Key.VendorId).ToList();
        var sampled = groups.Sum(g => g.Count());
        var draws = new List<PlanDraw>();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            var units = group.ToList();
            var size = SizeFor(units.Count, (int)Math.Round((double)total * units.Count / sampled));
            var strata = StratifiedSample.Allocate(units.GroupBy(u => u.StratumKey).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), size.Size);
            var seed = new SplitMix64(20261202UL + (ulong)index).Next();
            var drawnAt = group.Key.Period.Next().FirstDay.AddDays(1).ToDateTime(new TimeOnly(4, 0), DateTimeKind.Utc);
            var plan = new SamplingPlan(group.Key.VendorId, group.Key.Period, TemplateCatalog.DefaultCode, size, strata, seed,
                DateOnly.FromDateTime(drawnAt).AddDays(SamplingPlanner.DaysToAudit), "system", new DateTimeOffset(drawnAt));
            var byId = units.ToDictionary(u => u.CallId);
            var drawn = StratifiedSample.Draw(units.Select(u => new SamplingUnit(u.CallId, u.StratumKey)), size.Size, seed);
            draws.Add(new PlanDraw(plan, drawn.Select(id => byId[id]).ToList()));
        }
        return draws;
    }

    /// <summary>Cochran's size for the margin that gives about <paramref name="wanted"/> of <paramref name="population"/> calls.</summary>
    private static SampleSizeCalculation SizeFor(int population, int wanted)
    {
        wanted = Math.Clamp(wanted, 1, population - 1);
        // n = n0 / (1 + (n0 − 1) / N)  ⇔  n0 = n (N − 1) / (N − n), and n0 = z² p (1 − p) / e² with p = 0.5.
        var infinite = (double)wanted * (population - 1) / (population - wanted);
        var z = NormalQuantile.TwoSided(Confidence);
        var margin = Math.Sqrt(z * z * 0.25 / infinite);
        return SampleSize.For(population, margin, Confidence);
    }
}
