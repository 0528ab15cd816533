using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Seed;

namespace VendorAudit.Cli.Commands;

public static class SeedCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var force = arguments.Flag("force");
        var options = arguments.Flag("small") ? DemoOptions.Small : DemoOptions.Full;
        arguments.EnsureAllRead();

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        var result = await seeder.SeedAsync(options, force, message => AnsiConsole.MarkupLineInterpolated($"[grey]{message}[/]"));
        if (!result.Seeded)
        {
            Console.WriteLine("Demo data is already loaded; use --force to replace it.");
            return 0;
        }
        Console.WriteLine($"Seeded {result.Vendors} vendors, {result.Agents} agents and {result.Calls:N0} calls.");
        // The demo shows what the product finds: detect over every seeded month.
        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        var vendorIds = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors.Select(v => v.Id).ToListAsync();
        var findings = 0;
        for (var (month, i) = (options.FirstPeriod, 0); i < options.Months; month = month.Next(), i++)
            foreach (var vendorId in vendorIds)
                findings += (await detection.DetectAsync(vendorId, month)).Findings;
        Console.WriteLine($"Detection over the {options.Months} demo months: {findings} findings to review.");
        // …and the audit work of those months: plans drawn, past samples scored and findings confirmed, the latest month's a quarter done.
        var audits = await scope.ServiceProvider.GetRequiredService<DemoAudits>().SeedAsync(options);
        Console.WriteLine($"Audit: {audits.Plans} sampling plans, {audits.Scorecards:N0} scorecards submitted.");
        var scoring = scope.ServiceProvider.GetRequiredService<VendorAudit.Infrastructure.Scoring.ScoringService>();
        for (var (month, i) = (options.FirstPeriod, 0); i < options.Months; month = month.Next(), i++) await scoring.RecomputeAsync(month);
        Console.WriteLine($"Vendor scores computed for the {options.Months} demo months.");
        var table = new Table().AddColumns("Role", "Email", "Vendor", "Password");
        foreach (var login in result.Logins) table.AddRow(login.Role, login.Email, login.Vendor ?? "", seeder.Password);
        AnsiConsole.Write(table);
        return 0;
    }
}
