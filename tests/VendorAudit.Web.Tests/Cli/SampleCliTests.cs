using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Cli;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Cli;

[TestFixture, NonParallelizable]
public sealed class SampleCliTests
{
    private string _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabase() => _database = await TestDatabases.CreateSeededCopyAsync();

    [OneTimeTearDown]
    public async Task DropDatabase() => await TestDatabases.DropAsync(_database);

    [Test]
    public async Task Sample_json_prints_the_plans_sizes_and_strata_and_a_second_run_shows_the_same_plan()
    {
        using var host = TestDatabases.BuildHost(_database);

        var (exit, json) = await RunAsync(host, "sample", "--vendor", "bluebay", "--period", "2026-09", "--margin", "0.08", "--json");

        exit.ShouldBe(0);
        var plan = JsonDocument.Parse(json).RootElement;
        var population = plan.GetProperty("population").GetInt32();
        population.ShouldBe(await AnsweredCallsAsync(host, "BLUEBAY"));
        plan.GetProperty("random").GetInt32().ShouldBe(SampleSize.For(population, 0.08, 0.95).Size);
        plan.GetProperty("targeted").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        plan.GetProperty("margin").GetDouble().ShouldBe(0.08);
        plan.GetProperty("confidence").GetDouble().ShouldBe(0.95);
        plan.GetProperty("strata").EnumerateArray().Sum(s => s.GetProperty("sampled").GetInt32()).ShouldBe(plan.GetProperty("random").GetInt32());
        plan.GetProperty("created").GetBoolean().ShouldBeTrue();

        var (_, again) = await RunAsync(host, "sample", "--vendor", "BLUEBAY", "--period", "2026-09", "--json");
        var second = JsonDocument.Parse(again).RootElement;
        second.GetProperty("planId").GetInt64().ShouldBe(plan.GetProperty("planId").GetInt64());
        second.GetProperty("created").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task Sample_refuses_a_margin_out_of_range_with_the_parameter_named()
    {
        using var host = TestDatabases.BuildHost(_database);
        var error = new StringWriter();
        var original = Console.Error;
        Console.SetError(error);
        try
        {
            (await CommandLine.RunAsync(host.Services, ["sample", "--vendor", "atlas", "--period", "2026-09", "--margin", "0.9"])).ShouldBe(1);
        }
        finally { Console.SetError(original); }
        error.ToString().ShouldContain("margin");
    }

    [Test]
    public void Sample_without_a_period_is_a_usage_error()
    {
        using var host = TestDatabases.BuildHost(_database);
        Should.Throw<UsageException>(() => CommandLine.RunAsync(host.Services, ["sample", "--vendor", "atlas"])).Message.ShouldContain("--period");
    }

    private static async Task<(int Exit, string LastLine)> RunAsync(IHost host, params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            var exit = await CommandLine.RunAsync(host.Services, args);
            return (exit, output.ToString().TrimEnd().Split('\n')[^1]);
        }
        finally { Console.SetOut(original); }
    }

    private static async Task<int> AnsweredCallsAsync(IHost host, string code)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        var (start, end) = (new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero));
        return await db.Calls.CountAsync(c => c.AgentId != null && c.StartedAt >= start && c.StartedAt < end && db.Vendors.Any(v => v.Id == c.VendorId && v.Code == code));
    }
}
