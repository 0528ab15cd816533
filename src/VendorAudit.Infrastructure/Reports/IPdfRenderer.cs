namespace VendorAudit.Infrastructure.Reports;

/// <summary>A finished HTML document and the running header and footer printed on each of its pages.</summary>
public sealed record PdfDocument(string Html, string HeaderHtml, string FooterHtml);

/// <summary>The PDF and what the page tried to fetch while printing it (it gets no network: every such request was refused).</summary>
public sealed record RenderedPdf(byte[] Content, int RequestsAttempted);

/// <summary>The seam in front of the PDF engine (Chromium today), so that swapping it is a contained change.</summary>
public interface IPdfRenderer
{
    Task<RenderedPdf> RenderAsync(PdfDocument document, CancellationToken cancellationToken = default);
}

public sealed class PdfRendererOptions
{
    /// <summary>Debian's Chromium; never a browser Playwright downloads.</summary>
    public string ExecutablePath { get; set; } =
        Environment.GetEnvironmentVariable("VENDORAUDIT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Pages printing at once: one per core, more would only queue inside Chromium.</summary>
    public int MaxPages { get; set; } = Math.Max(1, Environment.ProcessorCount);
}
