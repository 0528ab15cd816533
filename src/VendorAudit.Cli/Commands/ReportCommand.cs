using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Infrastructure.Scoring;

namespace VendorAudit.Cli.Commands;

/// <summary>
/// <c>report --vendor CODE [--period YYYY-MM] [--lang fr|en] --out FILE.pdf</c>: renders the vendor's contract-review
/// report from the stored scores (default: the latest period with scores), keeps it, and writes it to the file.
/// Scores are computed first only when the period has none.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var code = arguments.Required("vendor");
        var text = arguments.Option("period");
        var language = arguments.Option("lang") ?? "en";
        var output = arguments.Required("out");
        arguments.EnsureAllRead();
        if (!ReportText.Languages.Contains(language)) throw new UsageException("--lang: expected fr or en.");
        Period? asked = text is null ? null : Period.TryParse(text, out var p) ? p : throw new UsageException("--period: expected YYYY-MM.");

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>();
        await db.ApplyMigrationsAsync();
        var normalised = code.Trim().ToUpperInvariant();
        var vendor = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Code == normalised);
        if (vendor is null)
        {
            Console.Error.WriteLine($"error: no vendor '{code}'.");
            return 1;
        }
        var latestScored = await db.VendorScores.AsNoTracking().Where(s => s.VendorId == vendor.Id).MaxAsync(s => (DateOnly?)s.PeriodStart);
        var scoring = scope.ServiceProvider.GetRequiredService<ScoringService>();
        if ((asked ?? (latestScored is { } day ? Period.Of(day) : (await scoring.PeriodsWithCallsAsync(1)).FirstOrDefault())) is not { Year: > 0 } period)
        {
            Console.Error.WriteLine("No scores and no calls yet: nothing to report on.");
            return 1;
        }
        if (!await db.VendorScores.AnyAsync(s => s.VendorId == vendor.Id && s.PeriodStart == period.FirstDay))
        {
            var summary = await scoring.RecomputeAsync(period);
            Console.Error.WriteLine($"{period} had no scores: {summary.Vendors} vendors scored first.");
        }
        var report = await scope.ServiceProvider.GetRequiredService<ReportService>().RenderAsync(vendor.Id, period, language, "cli");
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, report.Content);
        Console.WriteLine($"{vendor.Code} {period} ({language}): {full}, {report.Size:N0} bytes, sha256 {report.Sha256}, {report.TemplateVersion}");
        return 0;
    }
}
