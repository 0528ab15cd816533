using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Tests.Harness;
using VendorAudit.Seed;
using VendorAudit.Web.Tests.Imports;

namespace VendorAudit.Web.Tests.Detection;

/// <summary>Detection over calls that went through the real import path and sit in PostgreSQL.</summary>
[TestFixture]
public sealed class DetectionServiceTests : SeededDatabaseFixture
{
    private static readonly Period November = new(2026, 11);
    [Test]
    public async Task The_planted_hang_up_agents_are_found_from_an_imported_month_and_a_rerun_keeps_the_auditors_decision()
    {
        var (content, truth) = ImportFiles.QueueLogOf("ATLAS", callsPerMonth: 15_000, seed: DemoOptions.Full.Seed);
        await ImportAsync("ATLAS", content);
        var atlas = await QueryAsync(db => db.Vendors.Where(v => v.Code == "ATLAS").Select(v => v.Id).SingleAsync());

        var first = await DetectAsync(atlas);
        var found = await FindingsAsync(atlas);
        var planted = truth.Planted.Where(p => p.Vendor == "ATLAS").Select(p => (p.Kind, p.Agent)).ToList();
        planted.ShouldNotBeEmpty();
        found.Select(f => (f.Kind, f.Agent)).ShouldBe(planted, ignoreOrder: true);
        first.New.ShouldBe(planted.Count);

        await QueryAsync(async db =>
        {
            var finding = await db.Findings.FirstAsync(f => f.VendorId == atlas && f.PeriodStart == November.FirstDay);
            finding.Confirm("auditor@vendoraudit.test", "Listened to ten of the calls.", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var versions = await QueryAsync(db => db.Findings.Where(f => f.VendorId == atlas).Select(f => f.Version).ToListAsync());
        var second = await DetectAsync(atlas);
        (second.New, second.Updated, second.Withdrawn).ShouldBe((0, planted.Count, 0));
        (await FindingsAsync(atlas)).Count(f => f.Status == FindingStatus.Confirmed).ShouldBe(1);
        // The same calls give the same findings, which are not written again.
        (await QueryAsync(db => db.Findings.Where(f => f.VendorId == atlas).Select(f => f.Version).ToListAsync()))
            .ShouldBe(versions, ignoreOrder: true);
    }

    [Test]
    public async Task The_clean_vendor_has_no_finding()
    {
        var (content, _) = ImportFiles.QueueLogOf("NORTHWIND", callsPerMonth: 15_000, seed: DemoOptions.Full.Seed);
        await ImportAsync("NORTHWIND", content);
        var northwind = await QueryAsync(db => db.Vendors.Where(v => v.Code == "NORTHWIND").Select(v => v.Id).SingleAsync());
        var summary = await DetectAsync(northwind);
        summary.Calls.ShouldBeGreaterThan(13_000);
        var found = await QueryAsync(db => db.Findings.Where(f => f.VendorId == northwind).Select(f => f.Kind + ": " + f.Evidence.Summary).ToListAsync());
        found.ShouldBeEmpty();
        summary.Findings.ShouldBe(0);
    }

    [Test]
    public async Task The_reader_gives_every_call_of_the_month_and_its_follow_up_window_once_as_the_stored_calls_say()
    {
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<CallImporter>().ImportAsync(
                new ImportRequest("CEDAR", ImportFormats.QueueLog, "cedar-two-months.log"),
                ImportFiles.Stream(ImportFiles.QueueLog(callsPerMonth: 3_000, seed: 41, months: 2)));
            report.Periods.ShouldBe([November, November.Next()]);
        }
        var cedar = await QueryAsync(db => db.Vendors.Where(v => v.Code == "CEDAR").Select(v => v.Id).SingleAsync());
        var until = November.EndUtc + VendorPeriodCalls.DefaultRepeatWindow;
        var stored = await QueryAsync(db => db.Calls.Where(c => c.VendorId == cedar && c.StartedAt >= November.StartUtc && c.StartedAt < until)
            .ToListAsync());

        var input = await QueryAsync(async db =>
        {
            var connection = (Npgsql.NpgsqlConnection)db.Database.GetDbConnection();
            await connection.OpenAsync();
            return await new CallFactsReader().ReadAsync(connection, cedar, November, CancellationToken.None);
        });

        stored.Count(c => c.StartedAt >= November.EndUtc).ShouldBeGreaterThan(0, "the window reaches into December");
        input.Calls.ToArray().ShouldBe(stored.OrderBy(c => c.StartedAt).ThenBy(c => c.Id).Select(CallFacts.From).ToArray(), ignoreOrder: true);
        input.TestedCount.ShouldBe(stored.Count(c => c.StartedAt < November.EndUtc));
    }

    private async Task ImportAsync(string vendor, string content)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<CallImporter>()
            .ImportAsync(new ImportRequest(vendor, ImportFormats.QueueLog, $"{vendor}-november.log"), ImportFiles.Stream(content));
        report.Imported.ShouldBeGreaterThan(13_000);
    }

    private async Task<DetectionSummary> DetectAsync(int vendorId)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DetectionService>().DetectAsync(vendorId, November);
    }

    private Task<List<(string Kind, string? Agent, FindingStatus Status)>> FindingsAsync(int vendorId) => QueryAsync(async db =>
        (await (from f in db.Findings
                join a in db.Agents on f.AgentId equals a.Id into agents
                from a in agents.DefaultIfEmpty()
                where f.VendorId == vendorId && f.PeriodStart == November.FirstDay
                select new { f.Kind, Agent = a == null ? null : a.Name, f.Status }).ToListAsync())
        .Select(f => (f.Kind, (string?)f.Agent, f.Status)).ToList());

}
