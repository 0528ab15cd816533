namespace VendorAudit.Infrastructure.Reports;

/// <summary>
/// The layout in templates/reports/, embedded in this assembly: an HTML skeleton, its print CSS and the running
/// header and footer. Placeholders <c>{{name}}</c> take HTML the builder already encoded, never raw data.
/// </summary>
public static class ReportTemplate
{
    /// <summary>Stored with every report, so a document can be traced to the layout that printed it. Bump it with the layout.</summary>
    public const string Version = "contract-review v1";

    public static string Document => Lazy("contract-review.html");
    public static string Css => Lazy("contract-review.css");
    public static string Header => Lazy("header.html");
    public static string Footer => Lazy("footer.html");

    public static string Fill(string template, IReadOnlyDictionary<string, string> encoded) =>
        encoded.Aggregate(template, (text, pair) => text.Replace("{{" + pair.Key + "}}", pair.Value, StringComparison.Ordinal));

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Cache = new();

    private static string Lazy(string file) => Cache.GetOrAdd(file, name =>
    {
        using var stream = typeof(ReportTemplate).Assembly.GetManifestResourceStream($"templates.reports.{name}")
            ?? throw new InvalidOperationException($"Report template {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
