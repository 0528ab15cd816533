using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Infrastructure.Scoring;
using VendorAudit.Infrastructure.Tenancy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Reports;

/// <summary>The report's reads stay on their indexes as EF Core writes them, whatever the data's size.</summary>
[TestFixture, NonParallelizable]
public sealed class ReportQueryPlanTests : DemoWorkDatabaseFixture
{
    [Test]
    public async Task The_latest_comments_are_the_head_of_their_partial_index()
    {
        var capture = new CommandCapture();
        using var host = TestDatabases.BuildHost(Database, services: services => services.AddSingleton<IInterceptor>(capture));
        using var system = SystemScope.Enter();
        await using var scope = host.Services.CreateAsyncScope();
        var period = new Period(2026, 9);
        await scope.ServiceProvider.GetRequiredService<ScoringService>().RecomputeAsync(period);
        var vendorId = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors.Where(v => v.Code == "CEDAR").Select(v => v.Id).SingleAsync();

        capture.Commands.Clear();
        (await scope.ServiceProvider.GetRequiredService<ReportService>().ModelAsync(vendorId, period, "en"))!.Comments.ShouldNotBeEmpty();
        var comments = capture.Commands.Single(c => c.Text.Contains("OverallComment", StringComparison.Ordinal) && c.Text.Contains("ORDER BY", StringComparison.Ordinal));

        // Without sequential and bitmap scans the planner takes a partial index only if the query implies its filter.
        await using var connection = new NpgsqlConnection(TestDatabases.For(Database));
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_bitmapscan = off", connection)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN " + comments.Text, connection);
        foreach (var parameter in comments.Parameters) explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        string.Join("\n", plan).ShouldContain("ix_scorecards_random_commented", customMessage: string.Join("\n", plan));
    }

    private sealed record Captured(string Text, IReadOnlyList<NpgsqlParameter> Parameters);

    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<Captured> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            lock (Commands) Commands.Add(new Captured(command.CommandText, command.Parameters.OfType<NpgsqlParameter>().Select(p => p.Clone()).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
