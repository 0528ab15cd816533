using VendorAudit.Benchmarks.Portal;
using VendorAudit.Benchmarks.Scores;
using VendorAudit.Infrastructure.Seeding;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// Requests per second of the vendor ranking (GET /scores for the score figures' period, signed in as the
/// demo procurement user) once that period's scores are stored, against the portal's layout-only /about
/// page under the same load (<see cref="PageLoad"/>, as auditor-queue-page). The vendor-score issue's bar
/// for the portal's data pages: at most four /about pages, and a p95 of at most 50 ms under that load,
/// reported as its own row.
/// </summary>
public sealed class RankingPageFigure : IFigure
{
    public const string Procurement = "procurement@" + DemoSeeder.DemoDomain;
    private const double Goal = 0.25;
    private const double P95LimitMs = 50;

    public string Name => "ranking-page";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var wrk = Wrk.Find(context.OutputDirectory);
        var (_, period, vendors) = await ScoredPeriod.ScoredAsync(context);
        var path = $"/scores?period={period}";
        await using var portal = BenchPortal.Start(context);
        using var procurement = await PortalSession.SignInAsync(portal.BaseAddress, Procurement, Audits.AuditDatabase.Password);
        await CheckAsync(procurement, path, vendors);

        var (about, ranking) = await PageLoad.CompareAsync(wrk, portal, procurement, path);
        await CheckAsync(procurement, path, vendors); // still signed in: the load measured the ranking, not a login redirect

        var (rate, rateLimit) = (ranking.RequestsPerSecond, about.RequestsPerSecond);
        var p95 = ranking.P95Ms;
        return
        [
            new BenchResult(Name, rate, "req/s", rateLimit, rate / rateLimit, $"ratio >= {Goal}", rate / rateLimit >= Goal),
            new BenchResult($"{Name}-p95", p95, "ms", P95LimitMs, P95LimitMs / p95, $"<= {P95LimitMs} ms", p95 <= P95LimitMs),
        ];
    }

    /// <summary>The ranking answers 200 with a row per scored vendor.</summary>
    private static async Task CheckAsync(PortalSession session, string path, int vendors)
    {
        var html = await session.PageAsync(path);
        var rows = html.Split("<tr data-vendor=").Length - 1;
        if (!html.Contains("data-testid=\"ranking\"", StringComparison.Ordinal) || rows != vendors)
            throw new BenchException($"{path} shows {rows} ranking rows, expected {vendors}.");
    }
}
