using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;

namespace VendorAudit.Cli.Commands;

/// <summary>
/// <c>import --vendor CODE --format F FILE… [--strict] [--json] [--no-detect]</c>: each file in its own transaction;
/// a refused file does not stop the others but makes the exit code 1.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var vendor = arguments.Required("vendor");
        var format = arguments.Required("format");
        var strict = arguments.Flag("strict");
        var json = arguments.Flag("json");
        var detect = !arguments.Flag("no-detect");
        arguments.EnsureAllRead();
        var files = arguments.Words.Skip(1).ToList();
        if (files.Count == 0) throw new UsageException("import: name at least one file.");
        if (!ImportFormats.All.Contains(format)) throw new UsageException($"--format must be one of {string.Join(", ", ImportFormats.All)}.");

        await using (var scope = services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();

        var reports = new List<ImportReport>();
        var refused = 0;
        foreach (var file in files)
        {
            try
            {
                var report = await ImportOneAsync(services, new ImportRequest(vendor, format, file, strict, CreateVendor: true), json);
                reports.Add(report);
                Summarise(report, json);
                if (detect && report.Imported > 0) await DetectTouchedMonthsAsync(services, report, json);
            }
            catch (Exception e) when (e is ImportRefusedException or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                refused++;
                Console.Error.WriteLine($"{file}: {e.Message}");
            }
        }
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                total = reports.Sum(r => r.Total), imported = reports.Sum(r => r.Imported), duplicates = reports.Sum(r => r.Duplicates),
                rejected = reports.Sum(r => r.Rejected), incomplete = reports.Sum(r => r.Incomplete),
            }));
        return refused == 0 ? 0 : 1;
    }

    private static async Task<ImportReport> ImportOneAsync(IServiceProvider services, ImportRequest request, bool json)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<CallImporter>();
        await using var file = File.OpenRead(request.FileName);
        if (json || !AnsiConsole.Profile.Capabilities.Interactive) return await importer.ImportAsync(request, file);

        ImportReport? report = null;
        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask(Path.GetFileName(request.FileName), maxValue: 1);
            report = await importer.ImportAsync(request, file, new Progress<double>(share => task.Value = share));
            task.Value = 1;
        });
        return report!;
    }

    /// <summary>New calls change the evidence of their months: detection runs again over exactly those.</summary>
    private static async Task DetectTouchedMonthsAsync(IServiceProvider services, ImportReport report, bool json)
    {
        await using var scope = services.CreateAsyncScope();
        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        var vendorId = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ImportBatches
            .Where(b => b.Id == report.BatchId).Select(b => b.VendorId).SingleAsync();
        foreach (var period in report.Periods)
        {
            var summary = await detection.DetectAsync(vendorId, period);
            (json ? Console.Error : Console.Out).WriteLine(
                $"  detection {summary.Vendor} {summary.Period}: {summary.Findings} findings ({summary.New} new) over {summary.Calls:N0} calls.");
        }
    }

    private static void Summarise(ImportReport report, bool json)
    {
        var output = json ? Console.Error : Console.Out;
        output.WriteLine(report.AlreadyImported
            ? $"{report.FileName}: already imported as batch {report.BatchId}; nothing added."
            : $"{report.FileName}: {report.Total:N0} in file: {report.Imported:N0} imported, {report.Duplicates:N0} duplicates, " +
              $"{report.Rejected:N0} rejected lines, {report.Incomplete:N0} incomplete calls (batch {report.BatchId}).");
        foreach (var line in report.RejectedLines.Take(20)) output.WriteLine($"  line {line.Line}: {line.Reason}");
        if (report.Rejected > 20) output.WriteLine($"  … {report.Rejected - 20:N0} more rejected lines in the batch report.");
    }
}
