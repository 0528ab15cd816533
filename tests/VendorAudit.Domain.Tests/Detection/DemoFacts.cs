using System.Security.Cryptography;
using System.Text;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Periods;
using VendorAudit.Seed;

namespace VendorAudit.Domain.Tests.Detection;

/// <summary>
/// The demo's calls as detection sees them once imported: agents numbered, caller numbers reduced to a
/// hash, one input per vendor and month. The names let a test compare findings with the truth file.
/// </summary>
public sealed record DemoVendorPeriod(DemoVendor Vendor, Period Period, VendorPeriodCalls Input, IReadOnlyDictionary<int, string> AgentNames);

public static class DemoFacts
{
    /// <summary>
    /// Each vendor's months, each with the calls of the repeat window after it as follow-ups, the way the
    /// portal reads them (a callback early next month still answers for a call made this month).
    /// </summary>
    public static IReadOnlyList<DemoVendorPeriod> ByVendorAndMonth(DemoDataGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var result = new List<DemoVendorPeriod>();
        long callId = 0;
        foreach (var vendor in generator.Vendors)
        {
            var agentIds = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < vendor.Agents.Count; i++) agentIds[vendor.Agents[i].Name] = i + 1;
            var names = agentIds.ToDictionary(p => p.Value, p => p.Key);
            var calls = generator.Calls(vendor).Select(call => ToFacts(call, ++callId, agentIds)).ToList();
            foreach (var period in calls.Select(c => Period.Of(c.StartedAt)).Distinct().Order())
            {
                var (from, until) = (period.StartUtc, period.EndUtc + VendorPeriodCalls.DefaultRepeatWindow);
                var slice = calls.Where(c => c.StartedAt >= from && c.StartedAt < until).ToList();
                result.Add(new DemoVendorPeriod(vendor, period,
                    new VendorPeriodCalls(slice, vendor.Targets.HandleTimeCapSeconds, periodEnd: period.EndUtc, agentNames: names), names));
            }
        }
        return result;
    }

    public static CallFacts ToFacts(DemoCall call, long callId, IReadOnlyDictionary<string, int> agentIds)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(agentIds);
        var details = call.Details;
        return new CallFacts(callId, call.AgentName is null ? null : agentIds[call.AgentName], call.StartedAt,
            call.Timings.Wait, call.Timings.Talk, call.Timings.Hold, call.Timings.Acw, call.Outcome, call.EndedBy, call.Transfers,
            CallerKey.FromHash(SHA256.HashData(Encoding.UTF8.GetBytes(call.CallerNumber))),
            details.CallbackRequested, details.CallbackMade, details.InitiationMethod == "CALLBACK");
    }
}
