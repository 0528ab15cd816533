using System.Text.Json;
using System.Text.RegularExpressions;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Privacy;
using VendorAudit.Domain.Vendors;
using VendorAudit.Seed;

namespace VendorAudit.Domain.Tests.Seed;

[TestFixture]
public sealed class DemoDataGeneratorTests
{
    private static readonly DemoOptions Options = DemoOptions.Small;
    private DemoDataGenerator generator = null!;
    private Dictionary<string, IReadOnlyList<DemoCall>> calls = null!;

    [OneTimeSetUp]
    public void GenerateTheSmallDemoOnce()
    {
        generator = new DemoDataGenerator(Options);
        calls = generator.Vendors.ToDictionary(v => v.Code, v => (IReadOnlyList<DemoCall>)generator.Calls(v).ToList());
    }

    [Test]
    public void Two_generators_with_the_same_seed_give_the_same_vendors_and_calls()
    {
        var again = new DemoDataGenerator(Options);

        Json(again.Vendors).ShouldBe(Json(generator.Vendors));
        foreach (var vendor in again.Vendors)
            again.Calls(vendor).Take(1000).Select(Json).ShouldBe(calls[vendor.Code].Take(1000).Select(Json), vendor.Code);
    }

    [Test]
    public void A_different_seed_gives_different_calls()
    {
        var other = new DemoDataGenerator(Options with { Seed = Options.Seed + 1 });

        var vendor = other.Vendors[0];
        other.Calls(vendor).Take(1000).Select(Json).ShouldNotBe(calls[vendor.Code].Take(1000).Select(Json));
    }

    [Test]
    public void A_vendor_streamed_twice_or_after_another_gives_the_same_calls()
    {
        var fresh = new DemoDataGenerator(Options);
        var target = fresh.Vendors[3];

        var first = fresh.Calls(target).Take(500).Select(Json).ToList();
        _ = fresh.Calls(fresh.Vendors[1]).Count();
        fresh.Calls(target).Take(500).Select(Json).ShouldBe(first);
    }

    [Test]
    public void There_are_five_valid_vendors_with_30_to_60_agents_each()
    {
        generator.Vendors.Count.ShouldBe(5);
        generator.Vendors.Select(v => v.Code).Distinct().Count().ShouldBe(5);
        foreach (var vendor in generator.Vendors)
        {
            Vendor.NormaliseCode(vendor.Code).ShouldBe(vendor.Code);
            Should.NotThrow(() => new Vendor(vendor.Code, vendor.Name, vendor.Country));
            vendor.Agents.Count.ShouldBeInRange(30, 60, vendor.Code);
            vendor.Agents.Select(a => a.Name).Distinct().Count().ShouldBe(vendor.Agents.Count, vendor.Code);
            vendor.Agents.ShouldAllBe(a => a.DisplayName.Length > 0 && a.Team.Length > 0);
            foreach (var agent in vendor.Agents) Should.NotThrow(() => new Agent(1, agent.Name, agent.DisplayName, agent.Team));
        }
    }

    [Test]
    public void Every_vendor_has_a_valid_contract_and_only_the_gaming_vendor_has_the_257_second_cap()
    {
        var gaming = generator.Truth.Planted.Where(p => p.Kind == FindingKinds.HandleTimeGaming).Select(p => p.Vendor).Distinct();

        foreach (var vendor in generator.Vendors)
            Should.NotThrow(() => new Contract(1, Options.FirstPeriod.FirstDay, vendor.Targets, vendor.Grid), vendor.Code);
        generator.Vendors.Where(v => v.Targets.HandleTimeCapSeconds == 257).Select(v => v.Code).ShouldBe(gaming);
    }

    [Test]
    public void Each_vendor_has_about_the_asked_number_of_calls_every_month()
    {
        foreach (var (vendor, vendorCalls) in calls)
        {
            var months = vendorCalls.GroupBy(c => Period.Of(c.StartedAt)).ToList();
            months.Count.ShouldBe(Options.Months, vendor);
            foreach (var month in months)
                month.Count().ShouldBeInRange((int)(Options.CallsPerVendorPerMonth * 0.9), (int)(Options.CallsPerVendorPerMonth * 1.1), $"{vendor} {month.Key}");
        }
    }

    [Test]
    public void Calls_fall_within_the_periods_and_opening_hours_in_time_order()
    {
        var last = Options.FirstPeriod.StartUtc.AddMonths(Options.Months);
        foreach (var (vendor, vendorCalls) in calls)
        {
            vendorCalls.ShouldAllBe(c => c.StartedAt >= Options.FirstPeriod.StartUtc && c.StartedAt < last, vendor);
            vendorCalls.ShouldAllBe(c => c.StartedAt.Hour >= 8 && c.StartedAt.Hour < 20, vendor);
            vendorCalls.Zip(vendorCalls.Skip(1)).ShouldAllBe(pair => pair.First.StartedAt <= pair.Second.StartedAt, vendor);
        }
    }

    [Test]
    public void Every_answered_call_has_an_agent_of_its_vendor_and_no_other_call_has_one()
    {
        foreach (var vendor in generator.Vendors)
        {
            var agents = vendor.Agents.Select(a => a.Name).ToHashSet();
            foreach (var call in calls[vendor.Code])
            {
                var answered = call.Outcome is CallOutcome.Answered or CallOutcome.Transferred;
                (answered ? agents.Contains(call.AgentName!) : call.AgentName is null).ShouldBeTrue(call.ExternalId);
            }
        }
    }

    [Test]
    public void External_ids_are_unique_per_vendor_and_name_the_vendor_and_the_day()
    {
        foreach (var (vendor, vendorCalls) in calls)
        {
            vendorCalls.Select(c => c.ExternalId).Distinct().Count().ShouldBe(vendorCalls.Count, vendor);
            vendorCalls.ShouldAllBe(c => Regex.IsMatch(c.ExternalId, $"^{vendor}-[0-9]{{8}}-[0-9]{{5}}$"), vendor);
        }
    }

    [Test]
    public void Every_call_is_accepted_by_the_domain_with_an_E164_caller()
    {
        foreach (var call in calls.Values.SelectMany(c => c))
        {
            Should.NotThrow(() => new Call(1, call.ExternalId, call.StartedAt, call.Timings, call.Outcome, call.EndedBy,
                call.AgentName is null ? null : 1, call.Queue, null, call.Transfers, call.Details), call.ExternalId);
            PhoneNumber.TryNormalise(call.CallerNumber, "33", out var e164).ShouldBeTrue(call.CallerNumber);
            e164.ShouldBe(call.CallerNumber);
        }
    }

    [Test]
    public void Exactly_one_vendor_is_clean_and_nothing_is_planted_on_it()
    {
        var clean = generator.Truth.CleanVendors.ShouldHaveSingleItem();

        generator.Vendors.Select(v => v.Code).ShouldContain(clean);
        generator.Truth.Planted.ShouldNotContain(p => p.Vendor == clean);
        generator.Vendors.Where(v => !generator.Truth.Planted.Any(p => p.Vendor == v.Code)).Select(v => v.Code).ShouldBe([clean]);
    }

    [Test]
    public void The_truth_plants_every_kind_of_abuse_on_agents_of_its_vendors()
    {
        var truth = generator.Truth;

        truth.Planted.Select(p => p.Kind).Distinct().ShouldBe(FindingKinds.All, ignoreOrder: true);
        truth.Planted.ShouldAllBe(p => p.Strength == "blatant" || p.Strength == "subtle");
        truth.Planted.ShouldAllBe(p => p.Rate > 0 && p.Rate <= 1 && p.Description.Length > 0);
        truth.Planted.ShouldContain(p => p.Kind == FindingKinds.AgentHangup && p.Strength == "subtle");
        foreach (var planted in truth.Planted.Where(p => p.Agent is not null))
            AgentsOf(planted.Vendor).ShouldContain(planted.Agent!);
    }

    [Test]
    public void The_hard_negatives_are_honest_agents_of_their_vendors()
    {
        var negatives = generator.Truth.HardNegatives;

        negatives.Select(n => n.Pattern).ShouldBe(["fast-agent", "wrong-number-desk", "fast-agent"], ignoreOrder: true);
        foreach (var negative in negatives)
        {
            AgentsOf(negative.Vendor).ShouldContain(negative.Agent);
            generator.Truth.Planted.ShouldNotContain(p => p.Vendor == negative.Vendor && p.Agent == negative.Agent);
        }
    }

    [Test]
    public void The_blatant_hang_up_agent_ends_far_more_calls_in_the_first_seconds_than_the_clean_vendors_agents()
    {
        var planted = generator.Truth.Planted.Single(p => p.Kind == FindingKinds.AgentHangup && p.Strength == "blatant");
        var clean = Answered(generator.Truth.CleanVendors[0]).ToList();

        var abuser = AgentEndedEarlyShare(Answered(planted.Vendor).Where(c => c.AgentName == planted.Agent));
        abuser.ShouldBeGreaterThan(5 * AgentEndedEarlyShare(clean));
        foreach (var agent in clean.GroupBy(c => c.AgentName).Where(g => g.Count() >= 20))
            abuser.ShouldBeGreaterThan(2 * AgentEndedEarlyShare(agent), agent.Key);
    }

    [Test]
    public void The_wrong_number_desk_has_many_short_calls_all_but_a_few_ended_by_the_caller()
    {
        var desk = generator.Truth.HardNegatives.Single(n => n.Pattern == "wrong-number-desk");
        var deskCalls = Answered(desk.Vendor).Where(c => c.AgentName == desk.Agent).ToList();
        var shortCalls = deskCalls.Where(c => c.Timings.Talk <= 20).ToList();

        ((double)shortCalls.Count / deskCalls.Count).ShouldBeGreaterThan(0.25);
        ((double)shortCalls.Count(c => c.EndedBy == EndedBy.Caller) / shortCalls.Count).ShouldBeGreaterThan(0.85);
        AgentEndedEarlyShare(deskCalls).ShouldBeLessThan(0.05);
    }

    [Test]
    public void The_gaming_vendors_handle_times_pile_up_just_below_257_seconds_and_the_clean_vendors_do_not()
    {
        var gaming = generator.Vendors.Single(v => v.Targets.HandleTimeCapSeconds == 257).Code;

        PileUpBelow(gaming, 257).ShouldBeGreaterThan(1.5);
        PileUpBelow(generator.Truth.CleanVendors[0], 257).ShouldBeLessThan(1.3);
    }

    [Test]
    public void Callbacks_are_made_almost_always_except_at_the_vendor_that_does_not_honour_them()
    {
        var abuser = generator.Truth.Planted.Single(p => p.Kind == FindingKinds.CallbackNotHonored).Vendor;
        foreach (var (vendor, vendorCalls) in calls)
        {
            var requested = vendorCalls.Where(c => c.Details.CallbackRequested).ToList();
            var made = (double)requested.Count(c => c.Details.CallbackMade) / requested.Count;
            if (vendor == abuser) made.ShouldBeLessThan(0.5, vendor);
            else made.ShouldBeGreaterThan(0.9, vendor);

            var byId = vendorCalls.ToDictionary(c => c.ExternalId);
            foreach (var callback in vendorCalls.Where(c => c.Details.InitiationMethod == "CALLBACK"))
            {
                var origin = byId[callback.Details.PreviousContactId!];
                origin.Details.CallbackMade.ShouldBeTrue(callback.ExternalId);
                origin.CallerNumber.ShouldBe(callback.CallerNumber);
                origin.StartedAt.ShouldBeLessThan(callback.StartedAt);
            }
        }
    }

    [Test]
    public void Only_the_system_drop_vendor_cuts_waiting_callers_off()
    {
        var dropper = generator.Truth.Planted.Single(p => p.Kind == FindingKinds.SystemDrop).Vendor;
        var drops = calls[dropper].Where(c => c.Outcome == CallOutcome.SystemTimeout).ToList();

        ((double)drops.Count / calls[dropper].Count).ShouldBeGreaterThan(0.02);
        drops.ShouldAllBe(c => c.EndedBy == EndedBy.System && c.AgentName == null && c.Timings.Wait >= 180
            && c.Details.DisconnectReason == "EXITWITHTIMEOUT");
        calls[generator.Truth.CleanVendors[0]].ShouldNotContain(c => c.Outcome == CallOutcome.SystemTimeout);
    }

    [Test]
    public void The_blatant_deflecting_agent_transfers_several_times_more_than_peers()
    {
        var planted = generator.Truth.Planted.Single(p => p.Kind == FindingKinds.TransferDeflection && p.Strength == "blatant");
        var deflectors = generator.Truth.Planted.Where(p => p.Kind == FindingKinds.TransferDeflection).Select(p => p.Agent).ToHashSet();
        var answered = Answered(planted.Vendor).ToList();

        var peers = TransferShare(answered.Where(c => !deflectors.Contains(c.AgentName)));
        TransferShare(answered.Where(c => c.AgentName == planted.Agent)).ShouldBeGreaterThan(3 * peers);
    }

    [Test]
    public void The_blatant_queue_dumper_releases_callers_who_waited_long_far_more_than_peers()
    {
        // Long waits are rare enough that the small demo gives a dumper only a handful: use the full one.
        var full = new DemoDataGenerator(DemoOptions.Full);
        var planted = full.Truth.Planted.Single(p => p.Kind == FindingKinds.QueueDumping && p.Strength == "blatant");
        var dumpers = full.Truth.Planted.Where(p => p.Kind == FindingKinds.QueueDumping).Select(p => p.Agent).ToHashSet();
        var longWaits = full.Calls(full.Vendors.Single(v => v.Code == planted.Vendor))
            .Where(c => c.AgentName is not null && c.Timings.Wait >= 90).ToList();

        var peers = DumpedShare(longWaits.Where(c => !dumpers.Contains(c.AgentName)));
        DumpedShare(longWaits.Where(c => c.AgentName == planted.Agent)).ShouldBeGreaterThan(10 * Math.Max(peers, 0.01));
    }

    private IEnumerable<DemoCall> Answered(string vendor) =>
        calls[vendor].Where(c => c.Outcome is CallOutcome.Answered or CallOutcome.Transferred);

    private IEnumerable<string> AgentsOf(string vendor) => generator.Vendors.Single(v => v.Code == vendor).Agents.Select(a => a.Name);

    private static double AgentEndedEarlyShare(IEnumerable<DemoCall> answered) =>
        Share(answered, c => c.EndedBy == EndedBy.Agent && c.Timings.Talk <= 10);

    private static double TransferShare(IEnumerable<DemoCall> answered) => Share(answered, c => c.Transfers > 0);

    private static double DumpedShare(IEnumerable<DemoCall> answered) =>
        Share(answered, c => c.EndedBy == EndedBy.Agent && c.Timings.Talk <= 3);

    private static double Share(IEnumerable<DemoCall> source, Func<DemoCall, bool> predicate)
    {
        var list = source.ToList();
        return list.Count == 0 ? 0 : (double)list.Count(predicate) / list.Count;
    }

    /// <summary>Handled calls in the 17 s just below the cap over those in the 17 s from the cap on.</summary>
    private double PileUpBelow(string vendor, int cap)
    {
        var handle = Answered(vendor).Where(c => c.Transfers == 0)
            .Select(c => c.Timings.Talk + c.Timings.Hold + c.Timings.Acw).ToList();
        return (double)handle.Count(h => h >= cap - 17 && h < cap) / handle.Count(h => h >= cap && h < cap + 17);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
