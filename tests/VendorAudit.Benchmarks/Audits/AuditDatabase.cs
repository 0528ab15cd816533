using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Seed;

namespace VendorAudit.Benchmarks.Audits;

/// <summary>What the audit figures find in the bench database.</summary>
/// <param name="AuditorDraftIds">The demo auditor's scorecards in draft, oldest first.</param>
public sealed record AuditData(long Calls, int Plans, int SampledCalls, int Scorecards, int Open, int Claimed, int Drafts,
    IReadOnlyList<long> AuditorDraftIds, ScorecardTemplate Template);

/// <summary>
/// The audit figures' database: the demo's vendors, users and three months of the base call count
/// (seeded through the portal's own bulk path), then a tenth as many scorecards with their sampled
/// calls, plans and trails, written with COPY from objects the domain made and scored.
/// </summary>
public static class AuditDatabase
{
    public const string Auditor = "auditor@" + DemoSeeder.DemoDomain;
    public const string Password = "Demo-2026!";
    private static readonly string[] Auditors = [Auditor, "auditor2@" + DemoSeeder.DemoDomain, "admin@" + DemoSeeder.DemoDomain];
    private const int Months = 3;

    public static async Task<AuditData> PrepareAsync(BenchContext context)
    {
        var watch = Stopwatch.StartNew();
        await context.Database.RecreateAsync(context.Cli);
        using var host = BenchHost.Build(context.Database.ConnectionString);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        BenchContext.Log($"seeding the demo vendors, users and {context.Calls:N0} calls over {Months} months");
        var perVendorMonth = (int)Math.Ceiling(context.Calls / (5.0 * Months));
        var seeded = await services.GetRequiredService<DemoSeeder>()
            .SeedAsync(new DemoOptions(20261122, new Period(2026, 8), Months, perVendorMonth), force: false);
        var template = await services.GetRequiredService<TemplateCatalog>().GetAsync(TemplateCatalog.DefaultCode, 1, CancellationToken.None);

        var scorecards = context.Calls / 10;
        await using var connection = new NpgsqlConnection(context.Database.RunnerConnectionString);
        await connection.OpenAsync();
        var answered = await PlanDraws.AnsweredCallsAsync(connection);
        var draws = PlanDraws.Draw(answered, AuditWork.SampleTotal(scorecards));
        BenchContext.Log($"{seeded.Calls:N0} calls, {answered.Count:N0} answered; {draws.Count} plans drawing {draws.Sum(d => d.Drawn.Count):N0} of them");
        var db = services.GetRequiredService<VendorAuditDbContext>();
        db.SamplingPlans.AddRange(draws.Select(d => d.Plan));
        await db.SaveChangesAsync();

        var work = AuditWork.Assign(draws, scorecards, template, Auditors, seed: 20261202);
        BenchContext.Log($"copying {work.Samples.Count:N0} sampled calls, {work.Cards.Count:N0} scorecards and their trails");
        await AuditCopy.WriteAsync(connection, work);
        await VerifyAsync(db, template, work);
        BenchContext.Log("vacuum and analyze, as a database in service would be");
        await using (var vacuum = new NpgsqlCommand("VACUUM (ANALYZE) calls, agents, sampling_plans, sampled_calls, scorecards, scorecard_revisions", connection) { CommandTimeout = 1800 })
            await vacuum.ExecuteNonQueryAsync();

        var data = new AuditData(seeded.Calls, draws.Count, work.Samples.Count, work.Cards.Count,
            work.Samples.Count(s => s.State == Domain.Sampling.SampledCallState.Open),
            work.Samples.Count(s => s.State == Domain.Sampling.SampledCallState.Claimed),
            work.Cards.Count(c => c.Status == ScorecardStatus.Draft),
            work.Cards.Where(c => c.Status == ScorecardStatus.Draft && c.Auditor == Auditor).Select(c => c.Id).ToList(), template);
        BenchContext.Log($"audit data ready in {watch.Elapsed.TotalSeconds:N0} s: {data.Open:N0} open, {data.Claimed:N0} claimed " +
            $"({data.Drafts:N0} with a draft), {data.Scorecards - data.Drafts:N0} scored");
        return data;
    }

    /// <summary>The portal must read what was copied as if it had written it: same answers, same scores, same trail.</summary>
    private static async Task VerifyAsync(VendorAuditDbContext db, ScorecardTemplate template, AuditWork work)
    {
        var probes = new[] { work.Cards[0], work.Cards.First(c => c.Status == ScorecardStatus.Draft), work.Cards[^1] };
        foreach (var expected in probes)
        {
            var card = await db.Scorecards.AsNoTracking().Include(s => s.Revisions).SingleAsync(s => s.Id == expected.Id);
            var sampled = await db.SampledCalls.AsNoTracking().SingleAsync(s => s.Id == expected.Sample.Id);
            var rescored = ScorecardScoring.Score(template, card.Answers.Items).Total;
            if (card.Answers.Items.Count != expected.Current.Items.Count || rescored != card.Total || card.Total != expected.CurrentScore.Total
                || card.Answers.OverallComment != expected.Current.OverallComment
                || card.Revisions.Count != (expected.Submitted is null ? 2 : 3) || sampled.ScorecardId != card.Id || card.SampledCallId != sampled.Id)
                throw new BenchException($"Scorecard {card.Id} does not read back as written: {card.Answers.Items.Count} answers, total {card.Total} " +
                    $"(rescored {rescored}, expected {expected.CurrentScore.Total}), {card.Revisions.Count} revisions.");
        }
    }
}
