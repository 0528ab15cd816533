using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>
/// Prints HTML to PDF with the system Chromium through Playwright: one warm browser launched on first use (and
/// again if it crashed or disconnected), a pool of pages bounded by the cores, a timeout per document, and no
/// network at all — every request other than inline data: content is aborted, so nothing in the data can make the
/// page fetch anything (the HTML is encoded anyway; this holds even if a template forgot to).
/// </summary>
public sealed class ChromiumPdfRenderer(PdfRendererOptions options, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable, IDisposable
{
    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions"];

    private readonly SemaphoreSlim _slots = new(options.MaxPages, options.MaxPages);
    private readonly SemaphoreSlim _launch = new(1, 1);
    private readonly ConcurrentBag<PooledPage> _idle = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private int _generation;
    private bool _disposed;

    /// <summary>Chromium's browser process, once launched: logged at each launch, for operators (and the crash tests).</summary>
    public int? BrowserProcessId { get; private set; }

    /// <summary>How many times Chromium was launched: more than once means it crashed or was killed and came back.</summary>
    public int Launches => Volatile.Read(ref _generation);

    public async Task<RenderedPdf> RenderAsync(PdfDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);
        try
        {
            return await RenderOnceAsync(document, cancellationToken);
        }
        catch (PlaywrightException e)
        {
            if (!await BrowserDiedAsync(cancellationToken)) throw;
            // Chromium crashed or was killed under this document: print it once more, on a browser launched again.
            logger.LogWarning(e, "Chromium died while printing a report; printing it again on a new browser");
        }
        return await RenderOnceAsync(document, cancellationToken);
    }

    private async Task<RenderedPdf> RenderOnceAsync(PdfDocument document, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        PooledPage? page = null;
        try
        {
            page = await TakePageAsync(cancellationToken);
            var result = await PrintAsync(page, document).WaitAsync(options.Timeout, cancellationToken);
            // The caller has its PDF; blanking the page for the next document happens after, and the slot is
            // given back only once the page is idle again (or closed), so the pool never holds more than its bound.
            _ = RecycleAsync(page);
            page = null;
            return result;
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The PDF was not printed within {options.Timeout.TotalSeconds:0} s.");
        }
        finally
        {
            // A page that failed or timed out may be in any state: it is closed, never reused.
            if (page is not null)
            {
                await page.CloseAsync();
                _slots.Release();
            }
        }
    }

    /// <summary>
    /// Whether a print failed because the browser itself is gone. The disconnection may be reported a moment after
    /// the failed call, so it is waited for briefly; a browser still connected by then means the page alone failed.
    /// </summary>
    private async Task<bool> BrowserDiedAsync(CancellationToken cancellationToken)
    {
        for (var waited = 0; waited < 2000; waited += 50)
        {
            if (_browser is not { IsConnected: true }) return true;
            await Task.Delay(50, cancellationToken);
        }
        return false;
    }

    /// <summary>The next document starts from a blank page, so nothing of this one lingers in the pooled page.</summary>
    private async Task RecycleAsync(PooledPage page)
    {
        try
        {
            await page.Page.SetContentAsync("", new PageSetContentOptions { Timeout = (float)options.Timeout.TotalMilliseconds });
            if (_disposed) await page.CloseAsync();
            else _idle.Add(page);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "A report page could not be blanked after printing; it is closed");
            await page.CloseAsync();
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<RenderedPdf> PrintAsync(PooledPage pooled, PdfDocument document)
    {
        pooled.Requests = 0;
        var timeout = (float)options.Timeout.TotalMilliseconds;
        await pooled.Page.SetContentAsync(document.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = timeout });
        var pdf = await pooled.Page.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = document.HeaderHtml,
            FooterTemplate = document.FooterHtml,
            Margin = new Margin { Top = "20mm", Bottom = "18mm", Left = "16mm", Right = "16mm" },
        });
        return new RenderedPdf(pdf, pooled.Requests);
    }

    private async Task<PooledPage> TakePageAsync(CancellationToken cancellationToken)
    {
        var browser = await BrowserAsync(cancellationToken);
        while (_idle.TryTake(out var idle))
        {
            if (idle.Generation == _generation && !idle.Page.IsClosed) return idle;
            await idle.CloseAsync();
        }
        return await NewPageAsync(browser, _generation);
    }

    private async Task<PooledPage> NewPageAsync(IBrowser browser, int generation)
    {
        // One context per page: pages never share cookies, storage or cache.
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            Offline = true,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
        });
        var page = await context.NewPageAsync();
        var pooled = new PooledPage(context, page, generation);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) Interlocked.Increment(ref pooled.Requests);
        };
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) await route.ContinueAsync();
            else
            {
                logger.LogWarning("Blocked a request from a report page to {Url}", route.Request.Url);
                await route.AbortAsync("blockedbyclient");
            }
        });
        return pooled;
    }

    /// <summary>
    /// A new page's first print costs several times a warm one (its renderer process starts, the PDF machinery loads:
    /// 0.4-0.8 s measured against 0.1 s), so the whole pool is opened and warmed with a blank print at launch, rather
    /// than under the first report that finds every warm page busy.
    /// </summary>
    private async Task WarmPoolAsync(IBrowser browser, int generation)
    {
        var pages = await Task.WhenAll(Enumerable.Range(0, options.MaxPages).Select(async _ =>
        {
            var page = await NewPageAsync(browser, generation);
            await PrintAsync(page, new PdfDocument("<html><body></body></html>", "<span></span>", "<span></span>"));
            await page.Page.SetContentAsync("");
            return page;
        }));
        foreach (var page in pages) _idle.Add(page);
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (_browser is { IsConnected: true } warm) return warm;
        await _launch.WaitAsync(cancellationToken);
        try
        {
            if (_browser is { IsConnected: true } launched) return launched;
            if (_browser is not null) logger.LogWarning("Chromium disconnected; launching it again");
            _playwright?.Dispose();
            _playwright = await Playwright.CreateAsync();
            var browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ExecutablePath,
                Headless = true,
                Args = LaunchArgs,
                Timeout = (float)options.Timeout.TotalMilliseconds,
            });
            var generation = Interlocked.Increment(ref _generation);
            await WarmPoolAsync(browser, generation);
            _browser = browser;
            BrowserProcessId = await ProcessIdAsync(browser);
            logger.LogInformation("Chromium {Version} launched for reports (pid {Pid}, launch {Launch})", browser.Version, BrowserProcessId, _generation);
            return browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    /// <summary>The browser process's id, from Chromium's own process list over the DevTools protocol.</summary>
    private static async Task<int?> ProcessIdAsync(IBrowser browser)
    {
        var session = await browser.NewBrowserCDPSessionAsync();
        try
        {
            var info = await session.SendAsync("SystemInfo.getProcessInfo");
            if (info is not { } json || !json.TryGetProperty("processInfo", out var processes)) return null;
            foreach (var process in processes.EnumerateArray())
                if (process.GetProperty("type").GetString() == "browser") return process.GetProperty("id").GetInt32();
            return null;
        }
        finally
        {
            await session.DetachAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        while (_idle.TryTake(out var idle)) await idle.CloseAsync();
        if (_browser is not null)
        {
            try { await _browser.CloseAsync(); }
            catch (PlaywrightException) { /* already gone */ }
        }
        _playwright?.Dispose();
    }

    /// <summary>For containers disposed synchronously (a host in a <c>using</c>): the same, waited for.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private sealed class PooledPage(IBrowserContext context, IPage page, int generation)
    {
        public IPage Page { get; } = page;
        public int Generation { get; } = generation;
        public int Requests;

        public async Task CloseAsync()
        {
            try { await context.CloseAsync(); }
            catch (PlaywrightException) { /* its browser is gone with it */ }
        }
    }
}
