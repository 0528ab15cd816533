using System.Diagnostics;
using System.Text.RegularExpressions;

namespace VendorAudit.Web.Tests.Reports;

/// <summary>Reads a PDF back as a person's tools would: Debian's poppler-utils (pdftotext, pdfinfo), run as processes.</summary>
public static partial class Pdf
{
    public static async Task<string> TextAsync(byte[] pdf) => await WithFileAsync(pdf, path => RunAsync("pdftotext", "-enc", "UTF-8", path, "-"));

    public static async Task<int> PagesAsync(byte[] pdf)
    {
        var info = await WithFileAsync(pdf, path => RunAsync("pdfinfo", path));
        return int.Parse(PagesLine().Match(info).Groups[1].Value);
    }

    /// <summary>Text with its line breaks and (narrow) no-break spaces as plain single spaces, to find a sentence the layout wrapped.</summary>
    public static string Flatten(string text) => Whitespace().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ");

    public static bool LooksLikePdf(byte[] bytes) => bytes.Length > 5 && System.Text.Encoding.ASCII.GetString(bytes, 0, 5) == "%PDF-";

    private static async Task<string> WithFileAsync(byte[] pdf, Func<string, Task<string>> read)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vendoraudit-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try { return await read(path); }
        finally { File.Delete(path); }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
        return await output;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();
}
