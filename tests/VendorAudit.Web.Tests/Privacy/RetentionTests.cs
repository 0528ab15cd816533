using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VendorAudit.Domain;
using VendorAudit.Domain.Calls;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Privacy;
using VendorAudit.Web.Tests.Harness;

namespace VendorAudit.Web.Tests.Privacy;

/// <summary>Call data past the retention period loses what identifies the caller, once; everything newer, and the evidence, stays.</summary>
[TestFixture]
public sealed class RetentionTests : PortalFixture
{
    /// <summary>January 2027 with 4 months kept: the cutoff is 1 September 2026, so the demo's August is anonymised.</summary>
    private static readonly DateTimeOffset Now = new(2027, 1, 15, 3, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Cutoff = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task Old_calls_are_anonymised_once_and_newer_ones_and_the_scorecards_are_untouched()
    {
        var (oldCall, newCall) = await Portal.QueryAsync(async db =>
        {
            var old = await db.Calls.Where(c => c.StartedAt < Cutoff && c.CallerHash != null).OrderBy(c => c.Id).FirstAsync();
            var recent = await db.Calls.Where(c => c.StartedAt >= Cutoff && c.CallerHash != null).OrderBy(c => c.Id).FirstAsync();
            foreach (var call in new[] { old, recent })
                db.CallTranscripts.Add(new CallTranscript(call, [new TranscriptTurn { Speaker = "customer", AtSeconds = 1, Text = "My name is Jane Doe." }], "auditor", Now));
            await db.SaveChangesAsync();
            return (old.Id, recent.Id);
        });
        var before = await CountsAsync();
        before.OldIdentified.ShouldBeGreaterThan(100);
        before.NewIdentified.ShouldBeGreaterThan(100);

        var first = await RunAsync(months: 4);
        first.Cutoff.ShouldBe(DateOnly.FromDateTime(Cutoff.UtcDateTime));
        first.CallsAnonymised.ShouldBe(before.OldIdentified);
        first.TranscriptsDeleted.ShouldBe(1);

        var after = await CountsAsync();
        after.OldIdentified.ShouldBe(0);
        after.NewIdentified.ShouldBe(before.NewIdentified);
        after.Calls.ShouldBe(before.Calls, "calls are anonymised, not deleted: they are the evidence of scores and findings");
        after.Scorecards.ShouldBe(before.Scorecards);
        (await Portal.QueryAsync(db => db.CallTranscripts.Select(t => t.CallId).ToListAsync())).ShouldBe([newCall]);
        (await Portal.QueryAsync(db => db.Calls.Where(c => c.Id == oldCall).Select(c => c.TalkSeconds).SingleAsync())).ShouldBeGreaterThanOrEqualTo(0);

        var again = await RunAsync(months: 4);
        again.ShouldBe(first with { CallsAnonymised = 0, TranscriptsDeleted = 0, RejectedListsCleared = 0 });
        Portal.Logs.Lines.Count(l => l.Contains("Retention (4 months): calls before 2026-09-01")).ShouldBe(2);
    }

    [Test]
    public async Task A_retention_shorter_than_the_months_the_scores_recompute_is_refused()
    {
        var error = await Should.ThrowAsync<DomainException>(() => RunAsync(months: 3));
        error.Message.ShouldContain("at least 4");
    }

    private async Task<RetentionSummary> RunAsync(int months)
    {
        await using var scope = Portal.Services.CreateAsyncScope();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["VendorAudit:RetentionMonths"] = months.ToString() }).Build();
        var service = new RetentionService(scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>(), configuration, new At(Now),
            scope.ServiceProvider.GetRequiredService<ILogger<RetentionService>>());
        return await service.ApplyAsync();
    }

    private sealed record Counts(int Calls, int OldIdentified, int NewIdentified, int Scorecards);

    private Task<Counts> CountsAsync() => Portal.QueryAsync(async db => new Counts(
        await db.Calls.CountAsync(),
        await db.Calls.CountAsync(c => c.StartedAt < Cutoff && c.CallerHash != null),
        await db.Calls.CountAsync(c => c.StartedAt >= Cutoff && c.CallerHash != null),
        await db.Scorecards.CountAsync()));

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
