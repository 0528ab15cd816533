using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace VendorAudit.Benchmarks;

/// <summary>The run's results, as JSON for tools and as a table for people.</summary>
public static class ResultsReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Goals read "<= 300 MB"; the default encoder would write \u003C for people reading the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes results.json (also when some figures failed, so the rest is not lost); returns its path.</summary>
    public static string Write(string directory, IEnumerable<BenchResult> results)
    {
        var path = Path.Combine(directory, "results.json");
        // Three decimals: more would be noise on a shared machine.
        var rounded = results.Select(r => r with { Value = Math.Round(r.Value, 3), Limit = Math.Round(r.Limit, 3), Ratio = Math.Round(r.Ratio, 3) });
        File.WriteAllText(path, JsonSerializer.Serialize(rounded, Json) + "\n");
        return path;
    }

    public static void Print(IReadOnlyCollection<BenchResult> results)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("figure").NoWrap()).AddColumn(new TableColumn("value").RightAligned()).AddColumn("unit")
            .AddColumn(new TableColumn("limit").RightAligned()).AddColumn(new TableColumn("ratio").RightAligned())
            .AddColumn("goal").AddColumn("result");
        foreach (var r in results)
            table.AddRow(
                Markup.Escape(r.Name), $"{r.Value:N2}", Markup.Escape(r.Unit), $"{r.Limit:N2}", $"{r.Ratio:N2}",
                Markup.Escape(r.Goal), r.Pass ? "[green]met[/]" : "[red]missed[/]");
        if (results.Count == 0) table.AddRow("(no results)", "", "", "", "", "", "");
        AnsiConsole.Write(table);
    }
}
