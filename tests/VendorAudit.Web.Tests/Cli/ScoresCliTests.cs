using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Cli;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Cli;

[TestFixture, NonParallelizable]
public sealed class ScoresCliTests : DemoWorkDatabaseFixture
{
    [Test]
    public async Task Scores_json_prints_one_element_per_vendor_in_rank_order_with_intervals_kpis_and_the_statement()
    {
        using var host = TestDatabases.BuildHost(Database);
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int exit;
        try { exit = await CommandLine.RunAsync(host.Services, ["scores", "--period", "2026-09", "--json"]); }
        finally { Console.SetOut(original); }

        exit.ShouldBe(0);
        var vendors = JsonDocument.Parse(output.ToString().TrimEnd().Split('\n')[^1]).RootElement.EnumerateArray().ToList();
        vendors.Count.ShouldBe(5);
        vendors.Select(v => v.GetProperty("rank").GetInt32()).ShouldBeInOrder();
        vendors[0].GetProperty("rank").GetInt32().ShouldBe(1);
        foreach (var v in vendors)
        {
            v.GetProperty("period").GetString().ShouldBe("2026-09");
            foreach (var dimension in new[] { "language", "empathy", "resolution", "compliance" })
            {
                var d = v.GetProperty(dimension);
                d.GetProperty("ciLow").GetDouble().ShouldBeLessThanOrEqualTo(d.GetProperty("score").GetDouble());
                d.GetProperty("ciHigh").GetDouble().ShouldBeGreaterThanOrEqualTo(d.GetProperty("score").GetDouble());
                d.GetProperty("n").GetInt32().ShouldBeGreaterThan(0);
            }
            v.GetProperty("kpis").GetProperty("serviceLevel").GetDouble().ShouldBeInRange(0, 1);
            v.GetProperty("bonusMalus").GetProperty("currency").GetString()!.Length.ShouldBe(3);
            v.GetProperty("vendorName").GetString().ShouldNotBeNullOrEmpty();
        }
        vendors[0].GetProperty("vendor").GetString().ShouldBe("NORTHWIND");
        vendors[0].GetProperty("bonusMalus").GetProperty("amount").GetDecimal().ShouldBeGreaterThanOrEqualTo(0m);
    }
}
