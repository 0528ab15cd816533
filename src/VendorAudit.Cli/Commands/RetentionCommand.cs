using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Persistence.Migrations;
using VendorAudit.Infrastructure.Privacy;

namespace VendorAudit.Cli.Commands;

/// <summary><c>retention [--json]</c>: anonymises the call data older than <c>VendorAudit:RetentionMonths</c>, as the nightly job does.</summary>
public static class RetentionCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, Arguments arguments)
    {
        var json = arguments.Flag("json");
        arguments.EnsureAllRead();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().ApplyMigrationsAsync();
        var summary = await scope.ServiceProvider.GetRequiredService<RetentionService>().ApplyAsync();
        Console.WriteLine(json
            ? JsonSerializer.Serialize(summary, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            : $"Calls before {summary.Cutoff:yyyy-MM-dd}: {summary.CallsAnonymised:N0} anonymised, {summary.TranscriptsDeleted:N0} transcripts deleted, " +
              $"{summary.RejectedListsCleared:N0} rejected-line lists cleared.");
        return 0;
    }
}
