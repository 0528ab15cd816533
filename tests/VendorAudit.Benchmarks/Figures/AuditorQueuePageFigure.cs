using System.Text;
using Npgsql;
using VendorAudit.Benchmarks.Audits;
using VendorAudit.Benchmarks.Portal;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// Requests per second of the auditors' work queue (GET /audits, signed in as the demo auditor) with a
/// tenth of the base call count in scorecards and their sampled calls, against the portal's /about
/// page: the same app, server, cookies and client in the same run, a page that renders the layout and
/// nothing else. The queue may cost at most four such pages, the bar the vendor-score issue sets for
/// the portal's data pages: its three small queries (a keyset page of 50, the vendors, the auditor's
/// own count) must stay on indexes however long the queue grows. The p95 latency under the same load
/// is reported beside it, with the same bar.
/// </summary>
public sealed class AuditorQueuePageFigure : IFigure
{
    private const double Goal = 0.25;
    private const string QueueIndex = "ix_sampled_calls_state_due_date_id";

    public string Name => "auditor-queue-page";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var wrk = Wrk.Find(context.OutputDirectory);
        var data = await context.AuditDataAsync();
        await using var portal = BenchPortal.Start(context);
        using var auditor = await PortalSession.SignInAsync(portal.BaseAddress, AuditDatabase.Auditor, AuditDatabase.Password);
        // The queue's first request reads the database; the next ones are served from the cache until a sampled call changes.
        await ExplainAsync(context, portal, auditor);
        await CheckPagesAsync(auditor, data);

        var (about, queue) = await PageLoad.CompareAsync(wrk, portal, auditor, "/audits");
        await CheckPagesAsync(auditor, data); // still signed in: the load measured the queue, not a login redirect

        var (rate, rateLimit) = (queue.RequestsPerSecond, about.RequestsPerSecond);
        var (p95, p95Limit) = (queue.P95Ms, about.P95Ms);
        return
        [
            new BenchResult(Name, rate, "req/s", rateLimit, rate / rateLimit, $"ratio >= {Goal}", rate / rateLimit >= Goal),
            new BenchResult($"{Name}-p95", p95, "ms", p95Limit, p95Limit / p95, $"ratio >= {Goal}", p95Limit / p95 >= Goal),
        ];
    }

    /// <summary>Both pages answer 200 with their real content, the queue a full page of open calls.</summary>
    private static async Task CheckPagesAsync(PortalSession auditor, AuditData data)
    {
        var queue = await auditor.PageAsync("/audits");
        var rows = queue.Split("<tr data-sample=").Length - 1;
        if (!queue.Contains("data-testid=\"queue\"", StringComparison.Ordinal) || rows != Math.Min(50, data.Open))
            throw new BenchException($"/audits shows {rows} queue rows, expected {Math.Min(50, data.Open)}.");
        if (!(await auditor.PageAsync("/about")).Contains("VendorAudit turns call records and audits into evidence", StringComparison.Ordinal))
            throw new BenchException("/about does not show the About text.");
    }

    /// <summary>EXPLAIN ANALYZE of the very queries one queue request sends, written next to the results.</summary>
    private static async Task ExplainAsync(BenchContext context, BenchPortal portal, PortalSession auditor)
    {
        var commands = await portal.Sql.CaptureAsync(() => auditor.PageAsync("/audits"));
        var report = new StringBuilder();
        var onIndex = false;
        await using var connection = new NpgsqlConnection(context.Database.RunnerConnectionString);
        await connection.OpenAsync();
        foreach (var sent in commands.Where(c => c.Text.Contains("sampled_calls", StringComparison.Ordinal)))
        {
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + sent.Text, connection);
            foreach (var parameter in sent.Parameters) explain.Parameters.Add(parameter.Clone());
            var plan = new StringBuilder();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
            report.AppendLine(sent.Text).AppendLine(string.Join(", ", sent.Parameters.Select(p => $"{p.ParameterName} = {p.Value}")))
                .AppendLine(plan.ToString()).AppendLine();
            if (sent.Text.Contains("ORDER BY", StringComparison.Ordinal) && plan.ToString().Contains(QueueIndex, StringComparison.Ordinal)) onIndex = true;
        }
        var path = Path.Combine(context.OutputDirectory, "auditor-queue-page.explain.txt");
        await File.WriteAllTextAsync(path, report.ToString());
        BenchContext.Log(onIndex
            ? $"the queue's page query runs on {QueueIndex} (plans in {Path.GetRelativePath(context.Root, path)})"
            : $"warning: the queue's page query does not use {QueueIndex}; see {Path.GetRelativePath(context.Root, path)}");
    }
}
