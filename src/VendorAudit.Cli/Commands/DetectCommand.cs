using System.Globalization;
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

/// <summary>
/// <c>detect [--from YYYY-MM-DD --to YYYY-MM-DD | --period YYYY-MM] [--vendor CODE] [--json]</c>: runs detection
/// over every month the range touches (<c>--to</c> exclusive) and stores the findings. Default: each vendor's latest month.
/// </summary>
public static class DetectCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var vendorCode = arguments.Option("vendor");
        var months = Months(arguments.Option("from"), arguments.Option("to"), arguments.Option("period"));
        var json = arguments.Flag("json");
        arguments.EnsureAllRead();

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
            if (months is not null) work.AddRange(months.Select(m => (vendor, m)));
            else if (await db.Calls.Where(c => c.VendorId == vendor).MaxAsync(c => (DateTimeOffset?)c.StartedAt) is { } last)
                work.Add((vendor, Period.Of(last)));
        }
        if (work.Count == 0)
        {
            Console.Error.WriteLine(vendorCode is null ? "No vendor has calls." : $"No vendor has the code '{vendorCode}'.");
            return 1;
        }

        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        var summaries = new List<DetectionSummary>();
        foreach (var (vendorId, month) in work)
        {
            var summary = await detection.DetectAsync(vendorId, month);
            summaries.Add(summary);
            (json ? Console.Error : Console.Out).WriteLine(
                $"{summary.Vendor} {summary.Period}: {summary.Findings} findings over {summary.Calls:N0} calls ({summary.Tested} hypotheses tested).");
        }
        var findings = await FindingsAsync(db, work);
        if (json) Console.WriteLine(JsonSerializer.Serialize(findings));
        else Print(findings);
        return 0;
    }

    /// <summary>The months a [from, to) range touches, or the one month of --period, or null for "latest".</summary>
    private static List<Period>? Months(string? from, string? to, string? period)
    {
        if (period is not null)
        {
            if (from is not null || to is not null) throw new UsageException("Give either --period or --from/--to, not both.");
            return Period.TryParse(period, out var month) ? [month] : throw new UsageException($"--period '{period}' is not a month like 2026-09.");
        }
        if (from is null && to is null) return null;
        if (from is null || to is null) throw new UsageException("--from and --to go together.");
        var start = Day(from, "from");
        var end = Day(to, "to");
        if (end <= start) throw new UsageException("--to must be after --from (it is exclusive).");
        var months = new List<Period>();
        for (var m = Period.Of(start); m.FirstDay < end; m = m.Next()) months.Add(m);
        return months;
    }

    private static DateOnly Day(string text, string name) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new UsageException($"--{name} '{text}' is not a date like 2026-09-01.");

    private static async Task<List<FindingJson>> FindingsAsync(VendorAuditDbContext db, List<(int VendorId, Period Period)> work)
    {
        var all = new List<FindingJson>();
        foreach (var (vendorId, period) in work)
        {
            var rows = await (from f in db.Findings.AsNoTracking()
                              join v in db.Vendors on f.VendorId equals v.Id
                              join a in db.Agents on f.AgentId equals a.Id into agents
                              from a in agents.DefaultIfEmpty()
                              where f.VendorId == vendorId && f.PeriodStart == period.FirstDay
                              orderby f.QValue
                              select new { v.Code, Agent = a == null ? null : a.Name, f.Kind, f.PeriodStart, f.Status, f.CallCount, f.Effect, f.PValue, f.QValue, f.Evidence })
                .ToListAsync();
            all.AddRange(rows.Select(r => new FindingJson(r.Code, r.Agent, r.Kind, Period.Of(r.PeriodStart).ToString(), r.Status.ToString(),
                r.CallCount, r.Effect, r.PValue, r.QValue, r.Evidence.Summary, r.Evidence.CallIds)));
        }
        return all;
    }

    private static void Print(List<FindingJson> findings)
    {
        if (findings.Count == 0) return;
        var table = new Table().AddColumns("Vendor", "Period", "Kind", "Agent", "q", "Summary");
        foreach (var f in findings)
            table.AddRow(f.Vendor, f.Period, f.Kind, Markup.Escape(f.Agent ?? "(vendor)"), f.QValue.ToString("0.0e0", CultureInfo.InvariantCulture), Markup.Escape(f.Summary));
        AnsiConsole.Write(table);
    }

    private sealed record FindingJson(
        [property: System.Text.Json.Serialization.JsonPropertyName("vendor")] string Vendor,
        [property: System.Text.Json.Serialization.JsonPropertyName("agent")] string? Agent,
        [property: System.Text.Json.Serialization.JsonPropertyName("kind")] string Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("period")] string Period,
        [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
        [property: System.Text.Json.Serialization.JsonPropertyName("calls")] int Calls,
        [property: System.Text.Json.Serialization.JsonPropertyName("effect")] double Effect,
        [property: System.Text.Json.Serialization.JsonPropertyName("pValue")] double PValue,
        [property: System.Text.Json.Serialization.JsonPropertyName("qValue")] double QValue,
        [property: System.Text.Json.Serialization.JsonPropertyName("summary")] string Summary,
        [property: System.Text.Json.Serialization.JsonPropertyName("evidence")] IReadOnlyList<long> Evidence);
}
