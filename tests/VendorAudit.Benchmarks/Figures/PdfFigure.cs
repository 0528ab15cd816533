using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VendorAudit.Benchmarks.Audits;
using VendorAudit.Benchmarks.Scores;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Infrastructure.Reports;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Benchmarks.Figures;

/// <summary>
/// The contract-review PDF, through the real path (ReportService's model read from the database,
/// ContractReviewHtml, the warm ChromiumPdfRenderer), against the same Chromium printing the same
/// finished HTML on a bare warm page (Playwright's SetContent and Pdf with the same options): the
/// report may cost at most 1.5 such prints. Then every scored vendor's report for the period as the
/// report job prints them (pdf-batch, against bare prints of the same documents one after the other)
/// and the peak resident memory of the renderer's Chromium processes meanwhile (pdf-chromium-memory).
/// </summary>
public sealed class PdfFigure : IFigure
{
    private const double Goal = 0.67;
    private const double MemoryLimitMb = 1024;
    private const int WarmUps = 3;
    private const int Rounds = 7;
    private const string Language = "en";

    private static readonly string[] BareArgs = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"];

    public string Name => "pdf";

    public async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchContext context)
    {
        var (_, period, vendors) = await ScoredPeriod.ScoredAsync(context);
        using var host = BenchHost.Build(context.Database.ConnectionString);
        using var system = SystemScope.Enter();
        var renderer = host.Services.GetRequiredService<IPdfRenderer>();
        int vendorId;
        PdfDocument document;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            vendorId = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().VendorScores.AsNoTracking()
                .Where(s => s.PeriodStart == period.FirstDay).OrderBy(s => s.Rank).Select(s => s.VendorId).FirstAsync();
            document = await BuildAsync(scope.ServiceProvider, vendorId, period);
        }
        BenchContext.Log($"vendor {vendorId}'s {period} report: {document.Html.Length / 1024.0:N0} KB of HTML");

        var options = new PdfRendererOptions();
        using var playwright = await Playwright.CreateAsync();
        var bareBrowser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = options.ExecutablePath, Headless = true, Args = BareArgs });
        var barePage = await bareBrowser.NewPageAsync();

        var reals = new List<double>();
        var bares = new List<double>();
        var models = new List<double>();
        var bytes = 0;
        for (var round = -WarmUps; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var built = await BuildAsync(scope.ServiceProvider, vendorId, period);
                if (round >= 0) models.Add(watch.Elapsed.TotalMilliseconds);
                var pdf = await renderer.RenderAsync(built);
                bytes = pdf.Content.Length;
                if (pdf.RequestsAttempted > 0) throw new BenchException($"The report page tried {pdf.RequestsAttempted} requests; it must need none.");
            }
            var real = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var barePdf = await BarePrintAsync(barePage, document);
            var bare = watch.Elapsed.TotalMilliseconds;
            if (barePdf.Length < 1000) throw new BenchException("The bare print made no PDF.");
            if (round < 0) continue;
            reals.Add(real);
            bares.Add(bare);
        }
        await bareBrowser.CloseAsync(); // only the renderer's Chromium is left for the batch's memory
        var (value, limit) = (Timing.Median(reals), Timing.Median(bares));
        BenchContext.Log($"warm report {value:N0} ms ({bytes / 1024.0:N0} KB PDF), bare print of the same HTML {limit:N0} ms (medians of {Rounds}); " +
            $"of the report, the model read from the database and its HTML took {Timing.Median(models):N0} ms");

        BenchContext.Log($"printing every vendor's {period} report as the report job does");
        using var memory = ChromiumMemory.Start();
        var batchWatch = Stopwatch.StartNew();
        int printed;
        await using (var scope = host.Services.CreateAsyncScope())
            printed = await scope.ServiceProvider.GetRequiredService<ReportService>().RenderPeriodAsync(period, Language, "bench");
        var batch = batchWatch.Elapsed.TotalSeconds;
        var peakMb = await memory.StopAsync();
        if (printed != vendors) throw new BenchException($"The batch printed {printed} reports for {vendors} scored vendors.");
        BenchContext.Log($"{printed} reports in {batch:N2} s; the renderer's Chromium peaked at {peakMb:N0} MB PSS ({memory.PeakRssMb:N0} MB summed RSS) over {memory.Samples} samples");
        var batchLimit = await BareBatchAsync(playwright, options, host.Services, period);
        BenchContext.Log($"the same {printed} documents printed one after the other on a bare warm page: {batchLimit:N2} s (median of {BatchRounds})");

        return
        [
            new BenchResult(Name, value, "ms", limit, limit / value, $"ratio >= {Goal}", limit / value >= Goal),
            new BenchResult($"{Name}-batch", batch, "s", batchLimit, batchLimit / batch, $"ratio >= {Goal}", batchLimit / batch >= Goal),
            new BenchResult($"{Name}-chromium-memory", peakMb, "MB", MemoryLimitMb, MemoryLimitMb / peakMb, $"<= {MemoryLimitMb} MB", peakMb <= MemoryLimitMb),
        ];
    }

    private const int BatchRounds = 3;

    /// <summary>
    /// The batch's limit: every scored vendor's own finished HTML printed on a bare warm page, one after the other. The
    /// reports differ in length (a vendor with confirmed findings has their charts), so the first vendor's print times
    /// the number of vendors would not be the same work.
    /// </summary>
    private static async Task<double> BareBatchAsync(IPlaywright playwright, PdfRendererOptions options, IServiceProvider services, Period period)
    {
        var documents = new List<PdfDocument>();
        await using (var scope = services.CreateAsyncScope())
        {
            var vendorIds = await scope.ServiceProvider.GetRequiredService<VendorAuditDbContext>().VendorScores.AsNoTracking()
                .Where(s => s.PeriodStart == period.FirstDay).OrderBy(s => s.VendorId).Select(s => s.VendorId).ToListAsync();
            foreach (var vendorId in vendorIds) documents.Add(await BuildAsync(scope.ServiceProvider, vendorId, period));
        }
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = options.ExecutablePath, Headless = true, Args = BareArgs });
        try
        {
            var page = await browser.NewPageAsync();
            foreach (var document in documents) await BarePrintAsync(page, document); // warm-up
            return Timing.Median(await Timing.SecondsAsync(BatchRounds, async () =>
            {
                foreach (var document in documents) await BarePrintAsync(page, document);
            }));
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    /// <summary>The report's HTML as ReportService builds it before printing: the model from the database, then the template.</summary>
    private static async Task<PdfDocument> BuildAsync(IServiceProvider services, int vendorId, Period period)
    {
        var model = await services.GetRequiredService<ReportService>().ModelAsync(vendorId, period, Language)
            ?? throw new BenchException($"Vendor {vendorId} has no scores for {period}.");
        return ContractReviewHtml.Build(model);
    }

    /// <summary>The limit: the finished HTML set on a plain warm page and printed with the renderer's options.</summary>
    private static async Task<byte[]> BarePrintAsync(IPage page, PdfDocument document)
    {
        await page.SetContentAsync(document.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = document.HeaderHtml,
            FooterTemplate = document.FooterHtml,
            Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
        });
    }

    /// <summary>
    /// Peak resident memory of the Chromium processes descending from this one, as summed PSS from
    /// /proc/PID/smaps_rollup sampled every 50 ms (summed RSS would count the shared binary once per process) (other people's browsers on the machine, such as the browser tests', are not counted).
    /// </summary>
    private sealed class ChromiumMemory : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private Task<double> sampling = Task.FromResult(0.0);

        public int Samples { get; private set; }

        public static ChromiumMemory Start()
        {
            var memory = new ChromiumMemory();
            memory.sampling = Task.Run(memory.SampleAsync);
            return memory;
        }

        public async Task<double> StopAsync()
        {
            await stop.CancelAsync();
            return await sampling;
        }

        /// <summary>Peak summed RSS, for the log: it counts the binary and shared memory once per process.</summary>
        public double PeakRssMb { get; private set; }

        /// <summary>The peak summed PSS (each shared page divided among the processes mapping it): what they take together.</summary>
        private async Task<double> SampleAsync()
        {
            var (peakPss, peakRss) = (0L, 0L);
            while (true)
            {
                var (pss, rss) = CurrentKb();
                (peakPss, peakRss) = (Math.Max(peakPss, pss), Math.Max(peakRss, rss));
                Samples++;
                if (stop.IsCancellationRequested) break;
                try { await Task.Delay(50, stop.Token); }
                catch (OperationCanceledException) { }
            }
            PeakRssMb = peakRss / 1024.0;
            return peakPss / 1024.0;
        }

        private static (long Pss, long Rss) CurrentKb()
        {
            var parents = new Dictionary<int, int>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
                if (int.TryParse(Path.GetFileName(dir), out var pid) && Read(Path.Combine(dir, "stat")) is { } stat)
                {
                    // pid (comm) state ppid …: the command may hold spaces and parentheses, so read after the last ')'.
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    if (fields.Length > 1 && int.TryParse(fields[1], out var ppid)) parents[pid] = ppid;
                }
            var self = Environment.ProcessId;
            var (pss, rss) = (0L, 0L);
            foreach (var pid in parents.Keys)
            {
                if (!Descends(pid, self, parents)) continue;
                if (Read($"/proc/{pid}/comm") is not { } comm || !comm.Contains("chrom", StringComparison.OrdinalIgnoreCase)) continue;
                var rollup = Read($"/proc/{pid}/smaps_rollup")?.Split('\n') ?? [];
                pss += Kb(rollup, "Pss:");
                rss += Kb(rollup, "Rss:");
            }
            return (pss, rss);
        }

        private static long Kb(string[] lines, string field) =>
            lines.FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) is { } line
            && long.TryParse(line[field.Length..].Trim().Split(' ')[0], out var kb) ? kb : 0;

        private static bool Descends(int pid, int ancestor, Dictionary<int, int> parents)
        {
            for (var depth = 0; depth < 64 && parents.TryGetValue(pid, out var parent); depth++, pid = parent)
                if (parent == ancestor) return true;
            return false;
        }

        private static string? Read(string path)
        {
            try { return File.ReadAllText(path); }
            catch (IOException) { return null; }
            catch (UnauthorizedAccessException) { return null; }
        }

        public void Dispose()
        {
            stop.Cancel();
            stop.Dispose();
        }
    }
}
