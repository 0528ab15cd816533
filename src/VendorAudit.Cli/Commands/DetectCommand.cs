using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;

namespace VendorAudit.Cli.Commands;

/// <summary><c>detect [--vendor CODE] [--period YYYY-MM] [--json]</c>: runs detection and prints the findings.</summary>
public static class DetectCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var vendorCode = arguments.Option("vendor");
        var periodText = arguments.Option("period");
        var json = arguments.Flag("json");
        arguments.EnsureAllRead();
        Period? period = periodText is null ? null
            : Period.TryParse(periodText, out var parsed) ? parsed : throw new UsageException($"--period '{periodText}' is not a month like 2026-09.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        await db.ApplyMigrationsAsync();
        var vendors = db.Vendors.AsQueryable();
        if (vendorCode is not null)
        {
            var code = Vendor.NormaliseCode(vendorCode);
            vendors = vendors.Where(v => v.Code == code);
        }
        var work = new List<(int VendorId, Period Period)>();
        foreach (var vendor in await vendors.OrderBy(v => v.Code).Select(v => v.Id).ToListAsync())
        {
            var last = await db.Calls.Where(c => c.VendorId == vendor).MaxAsync(c => (DateTimeOffset?)c.StartedAt);
            if (period is { } chosen) work.Add((vendor, chosen));
            else if (last is { } latest) work.Add((vendor, Period.Of(latest)));
        }
        if (work.Count == 0)
        {
            Console.Error.WriteLine(vendorCode is null ? "No vendor has calls." : $"No vendor has the code '{vendorCode}'.");
            return 1;
        }

        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        var summaries = new List<DetectionSummary>();
        foreach (var (vendorId, month) in work) summaries.Add(await detection.DetectAsync(vendorId, month));
        await PrintAsync(db, summaries, json);
        return 0;
    }

    private static async Task PrintAsync(VendorAuditDbContext db, IReadOnlyList<DetectionSummary> summaries, bool json)
    {
        var rows = new List<object>();
        var table = new Table().AddColumns("Vendor", "Period", "Calls", "Tested", "Finding", "Agent", "q", "Summary");
        foreach (var summary in summaries)
        {
            var findings = await (from f in db.Findings
                                  join v in db.Vendors on f.VendorId equals v.Id
                                  join a in db.Agents on f.AgentId equals a.Id into agents
                                  from a in agents.DefaultIfEmpty()
                                  where v.Code == summary.Vendor && f.PeriodStart == summary.Period.FirstDay
                                  orderby f.QValue
                                  select new { f.Kind, Agent = a == null ? null : a.Name, f.Status, f.CallCount, f.Effect, f.PValue, f.QValue, f.Evidence.Summary })
                .ToListAsync();
            rows.Add(new { vendor = summary.Vendor, period = summary.Period.ToString(), calls = summary.Calls, tested = summary.Tested,
                findings = findings.Select(f => new { kind = f.Kind, agent = f.Agent, status = f.Status.ToString(), calls = f.CallCount,
                    effect = f.Effect, pValue = f.PValue, qValue = f.QValue, summary = f.Summary }) });
            if (findings.Count == 0) table.AddRow(summary.Vendor, summary.Period.ToString(), $"{summary.Calls:N0}", $"{summary.Tested}", "—", "", "", "");
            foreach (var f in findings)
                table.AddRow(Markup.Escape(summary.Vendor), summary.Period.ToString(), $"{summary.Calls:N0}", $"{summary.Tested}", f.Kind,
                    Markup.Escape(f.Agent ?? "(vendor)"), f.QValue.ToString("0.0e0"), Markup.Escape(f.Summary));
        }
        if (json) Console.WriteLine(JsonSerializer.Serialize(rows));
        else AnsiConsole.Write(table);
    }
}
