using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;

namespace VendorAudit.Cli.Commands;

/// <summary>
/// <c>sample --vendor CODE --period YYYY-MM [--margin 0.05] [--confidence 0.95] [--json]</c>: draws the
/// vendor-month's sampling plan, or shows it when it was drawn before (pulling in new findings' calls).
/// </summary>
public static class SampleCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var code = Vendor.NormaliseCode(arguments.Required("vendor"));
        var period = Period.TryParse(arguments.Required("period"), out var p) ? p : throw new UsageException("--period: expected YYYY-MM.");
        var margin = Number(arguments.Option("margin"), "margin", 0.05);
        var confidence = Number(arguments.Option("confidence"), "confidence", 0.95);
        var json = arguments.Flag("json");
        arguments.EnsureAllRead();

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        await db.ApplyMigrationsAsync();
        if (await db.Vendors.SingleOrDefaultAsync(v => v.Code == code) is not { } vendor)
        {
            Console.Error.WriteLine($"No vendor has the code '{code}'.");
            return 1;
        }
        var planner = scope.ServiceProvider.GetRequiredService<SamplingPlanner>();
        var (plan, created) = await planner.CreateOrGetAsync(new PlanRequest(vendor.Id, period, margin, confidence), "cli", CancellationToken.None);
        var targeted = await db.SampledCalls.CountAsync(s => s.PlanId == plan.Id && s.Kind == SampleKind.Targeted);
        if (!created && (plan.Margin != margin || plan.Confidence != confidence))
            Console.Error.WriteLine($"A plan for {code} {period} was drawn before with margin {plan.Margin} and confidence {plan.Confidence}; it is shown as drawn.");
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                vendor = code, period = period.ToString(), planId = plan.Id, created,
                random = plan.RandomSize, targeted, population = plan.Population,
                margin = plan.Margin, confidence = plan.Confidence, seed = plan.Seed, due = plan.DueDate.ToString("yyyy-MM-dd"),
                strata = plan.Strata.Select(s => new { key = s.Key, population = s.Population, sampled = s.Allocated }),
                arithmetic = plan.Calculation.Arithmetic(),
            }));
            return 0;
        }
        AnsiConsole.MarkupLineInterpolated($"[bold]{vendor.Name} {period}[/]: {(created ? "plan drawn" : "plan drawn before")} (id {plan.Id}, due {plan.DueDate:yyyy-MM-dd}).");
        foreach (var line in plan.Calculation.Arithmetic()) Console.WriteLine("  " + line);
        Console.WriteLine($"Random sample: {plan.RandomSize} of {plan.Population:N0} answered calls over {plan.Strata.Count} strata; targeted (from findings): {targeted}.");
        return 0;
    }

    private static double Number(string? text, string name, double fallback) =>
        text is null ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new UsageException($"--{name}: expected a number such as {fallback.ToString(CultureInfo.InvariantCulture)}.");
}
