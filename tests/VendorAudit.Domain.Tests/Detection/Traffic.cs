using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Detection;

namespace VendorAudit.Domain.Tests.Detection;

/// <summary>
/// A month of one vendor's calls from honest agents (a little noise included: silent calls, wrong numbers,
/// transfers, abandons, repeat calls), reproducible from a seed. A test bends one agent's calls through
/// <c>behaviour</c>, which sees each answered call once the ordinary habits have shaped it.
/// </summary>
public static class Traffic
{
    public delegate CallFactsBuilder Behaviour(int agent, Random random, CallFactsBuilder call);

    public static List<CallFacts> Month(int seed, int agents, int callsPerAgent, Behaviour? behaviour = null)
    {
        var random = new Random(seed);
        var calls = new List<CallFacts>(agents * callsPerAgent * 12 / 10);
        var nextCaller = 0L;
        for (var agent = 1; agent <= agents; agent++)
            for (var n = 0; n < callsPerAgent; n++)
            {
                var at = CallFactsBuilder.MonthStart.AddDays(random.Next(0, 30)).AddHours(8).AddSeconds(random.Next(0, 12 * 3600));
                var call = Ordinary(random, agent, at, ++nextCaller);
                if (behaviour is not null) call = behaviour(agent, random, call);
                calls.Add(call.Build());
                if (call.RepeatAfter is { } delay)
                    calls.Add(Ordinary(random, 1 + random.Next(agents), call.StartedAt + delay, 0).From(CallerIndex(call)).Build());
                if (random.NextDouble() < 0.06)
                    calls.Add(CallFactsBuilder.AnUnansweredCall(CallOutcome.Abandoned, random.Next(5, 300)).At(at.AddMinutes(3)).From(++nextCaller).Build());
                if (random.NextDouble() < 0.002)
                    calls.Add(CallFactsBuilder.AnUnansweredCall(CallOutcome.SystemTimeout, 1800).At(at.AddMinutes(5)).From(++nextCaller).Build());
            }
        return calls;
    }

    /// <summary>An honest answered call: lognormal talk, mostly ended by the caller, a few silent calls and wrong numbers.</summary>
    public static CallFactsBuilder Ordinary(Random random, int agent, DateTimeOffset at, long caller)
    {
        var wait = random.NextDouble() < 0.6 ? random.Next(0, 5) : (int)Exponential(random, 45);
        var call = CallFactsBuilder.AnAnsweredCall().By(agent).At(at).From(caller).Waiting(wait)
            .OnHold(random.NextDouble() < 0.2 ? (int)LogNormal(random, 40, 0.6) : 0)
            .WithAfterCallWork((int)Math.Clamp(LogNormal(random, 25, 0.3), 8, 75));
        var roll = random.NextDouble();
        if (roll < 0.008) return call.Talking(random.Next(2, 11)).OnHold(0).WithAfterCallWork(random.Next(0, 9)).EndedByTheAgent();
        if (roll < 0.018) return call.Talking(random.Next(3, 21)).OnHold(0).WithAfterCallWork(random.Next(0, 9)).EndedByTheCaller();
        if (roll < 0.078)
        {
            call.Talking((int)Math.Clamp(LogNormal(random, 120, 0.5), 15, 1800)).Transferred();
            return random.NextDouble() < 0.12 ? call.CalledAgainAfter(TimeSpan.FromHours(random.Next(1, 48))) : call;
        }
        call.Talking((int)Math.Clamp(LogNormal(random, 200, 0.6), 20, 3600));
        call = random.NextDouble() < 0.87 ? call.EndedByTheCaller() : call.EndedByTheAgent();
        return random.NextDouble() < 0.07 ? call.CalledAgainAfter(TimeSpan.FromHours(random.Next(2, 72))) : call;
    }

    public static double LogNormal(Random random, double median, double sigma) => median * Math.Exp(sigma * Gaussian(random));

    private static double Exponential(Random random, double mean) => -mean * Math.Log(1 - random.NextDouble());

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static long CallerIndex(CallFactsBuilder call) => (long)call.Caller.Lo - 1;
}
