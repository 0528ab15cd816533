using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VendorAudit.Benchmarks.Audits;
using VendorAudit.Benchmarks.Portal;
using VendorAudit.Benchmarks.Scores;
using VendorAudit.Infrastructure.Detection;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Seeding;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// The portal's main pages with 1M calls and 100k scorecards loaded, scored and through detection: the home page of
/// each role, the call explorer and the findings list, each as requests per second against the layout-only /about
/// page of the same app under the same load (<see cref="PageLoad"/>: 32 connections, best of three 10 s rounds),
/// and its p95 latency. The bar for every data page: at most four /about pages, and a p95 of at most 50 ms.
/// </summary>
public sealed class PagesFigure : IFigure
{
    private const double Goal = 0.25;
    private const double P95LimitMs = 50;

    public string Name => "pages";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var wrk = Wrk.Find(context.OutputDirectory);
        var (_, period, _) = await ScoredPeriod.ScoredAsync(context);
        await DetectAsync(context, period);
        await using var portal = BenchPortal.Start(context);
        var domain = DemoSeeder.DemoDomain;
        using var admin = await PortalSession.SignInAsync(portal.BaseAddress, $"admin@{domain}", AuditDatabase.Password);
        using var auditor = await PortalSession.SignInAsync(portal.BaseAddress, AuditDatabase.Auditor, AuditDatabase.Password);
        using var procurement = await PortalSession.SignInAsync(portal.BaseAddress, RankingPageFigure.Procurement, AuditDatabase.Password);
        using var vendor = await PortalSession.SignInAsync(portal.BaseAddress, $"atlas@{domain}", AuditDatabase.Password);
        PageTarget[] targets =
        [
            new("home-admin", admin, "/"), new("home-auditor", auditor, "/"), new("home-procurement", procurement, "/"), new("home-vendor", vendor, "/"),
            new("call-explorer", auditor, "/calls"), new("findings", auditor, "/findings"),
        ];
        await CheckAsync(targets);

        var (about, pages) = await PageLoad.CompareAsync(wrk, portal, admin, targets);
        await CheckAsync(targets); // still signed in: the load measured the pages, not login redirects

        var results = new List<BenchResult>();
        foreach (var (target, page) in targets.Zip(pages))
        {
            var ratio = page.RequestsPerSecond / about.RequestsPerSecond;
            results.Add(new BenchResult($"page-{target.Name}", page.RequestsPerSecond, "req/s", about.RequestsPerSecond, ratio, $"ratio >= {Goal}",
                ratio >= Goal && page.Errors == 0));
            results.Add(new BenchResult($"page-{target.Name}-p95", page.P95Ms, "ms", P95LimitMs, P95LimitMs / page.P95Ms, $"<= {P95LimitMs} ms", page.P95Ms <= P95LimitMs));
        }
        return results;
    }

    /// <summary>Detection over the scored month, as the import job runs it, so the findings pages have findings.</summary>
    private static async Task DetectAsync(BenchContext context, Domain.Periods.Period period)
    {
        using var host = BenchHost.Build(context.Database.ConnectionString);
        using var system = SystemScope.Enter();
        await using var scope = host.Services.CreateAsyncScope();
        var vendorIds = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().Vendors.Select(v => v.Id).ToListAsync();
        var detection = scope.ServiceProvider.GetRequiredService<DetectionService>();
        var findings = 0;
        foreach (var vendorId in vendorIds) findings += (await detection.DetectAsync(vendorId, period)).Findings;
        BenchContext.Log($"detection over {period}: {findings} findings for {vendorIds.Count} vendors");
    }

    /// <summary>Every page answers 200 with its content, not a sign-in form or an error page.</summary>
    private static async Task CheckAsync(IEnumerable<PageTarget> targets)
    {
        foreach (var target in targets)
        {
            var html = await target.Session.PageAsync(target.Path);
            if (html.Contains("name=\"Password\"", StringComparison.Ordinal) || !html.Contains("<main", StringComparison.Ordinal))
                throw new BenchException($"{target.Path} as {target.Name} did not show its page.");
        }
    }
}
