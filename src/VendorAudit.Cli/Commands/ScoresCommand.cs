using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scoring;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Scoring;

namespace VendorAudit.Cli.Commands;

/// <summary>
/// <c>scores [--period YYYY-MM] [--json]</c>: recomputes the period's scores (default: the latest period
/// with calls) and prints them, one JSON array with one element per vendor in rank order with <c>--json</c>.
/// </summary>
public static class ScoresCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var text = arguments.Option("period");
        var json = arguments.Flag("json");
        arguments.EnsureAllRead();
        Period? asked = text is null ? null : Period.TryParse(text, out var p) ? p : throw new UsageException("--period: expected YYYY-MM.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        await db.ApplyMigrationsAsync();
        var scoring = scope.ServiceProvider.GetRequiredService<ScoringService>();
        if ((asked ?? (await scoring.PeriodsWithCallsAsync(1)).FirstOrDefault()) is not { Year: > 0 } period)
        {
            Console.Error.WriteLine("No calls yet: nothing to score.");
            return 1;
        }
        var summary = await scoring.RecomputeAsync(period);
        (json ? Console.Error : Console.Out).WriteLine($"{period}: {summary.Vendors} vendors scored from {summary.Scorecards:N0} random-sample scorecards.");
        var rows = await (from s in db.VendorScores.AsNoTracking() join v in db.Vendors on s.VendorId equals v.Id
                          where s.PeriodStart == period.FirstDay orderby s.Rank, v.Code select new { s, v.Code, v.Name }).ToListAsync();
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(rows.Select(r => Element(r.s, r.Code, r.Name)), Json));
            return 0;
        }
        var table = new Table().AddColumns("Rank", "Vendor", "Language", "Empathy", "Resolution", "Compliance", "Abuse", "Composite", "Bonus/malus");
        foreach (var r in rows)
        {
            var d = r.s.Details;
            table.AddRow($"{r.s.Rank}", r.Code, Show(d.Language), Show(d.Empathy), Show(d.Resolution), Show(d.Compliance),
                $"{d.AbuseIndex:0}", Show(d.Composite), $"{r.s.BonusMalus:N2} {r.s.Currency}");
        }
        AnsiConsole.Write(table);
        return 0;
    }

    private static string Show(Estimate e) => $"{e.Score:0.0} [{e.CiLow:0.0}–{e.CiHigh:0.0}] n={e.N}";

    private static object Element(VendorPeriodScore s, string code, string name)
    {
        var d = s.Details;
        double? Kpi(string key) => d.Kpis.FirstOrDefault(k => k.Name == key)?.Value;
        return new
        {
            vendor = code, vendorName = name, period = s.Period.ToString(),
            language = Dimension(d.Language), empathy = Dimension(d.Empathy), resolution = Dimension(d.Resolution), compliance = Dimension(d.Compliance),
            kpis = new
            {
                serviceLevel = Kpi("serviceLevel"), asa = Kpi("asa"), abandonRate = Kpi("abandonRate"), aht = Kpi("aht"),
                repeatContactRate = Kpi("repeatContactRate"), transferRate = Kpi("transferRate"),
            },
            abuseIndex = d.AbuseIndex, quality = d.Quality.Score, composite = d.Composite.Score,
            compositeInterval = new { ciLow = d.Composite.CiLow, ciHigh = d.Composite.CiHigh },
            rank = s.Rank, rankedVendors = s.RankedVendors,
            bonusMalus = new { amount = d.Statement.Amount, currency = d.Statement.Currency, lines = d.Statement.Lines },
        };
    }

    private static object Dimension(Estimate e) => new { score = e.Score, ciLow = e.CiLow, ciHigh = e.CiHigh, n = e.N };
}
