using System.Globalization;
using Spectre.Console;

namespace VendorAudit.Benchmarks;

/// <summary>
/// <c>VendorAudit.Benchmarks [FIGURE…] [--calls N]</c>: measures each figure against a limit taken in
/// the same run, writes artifacts/bench/results.json and prints a table. A missed goal is
/// information, not an error: the exit code is non-zero only when a figure could not be measured.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage: VendorAudit.Benchmarks [FIGURE...] [--calls N]
          FIGURE      run only these figures (default: all): {0}
          --calls N   base number of calls (default 1000000); smaller for a quick check
        """;

    public static async Task<int> Main(string[] args)
    {
        // Piped output (a CI log, tee) gets 80 columns by default, which folds paths and figure names mid-word.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
        var figures = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IFigure).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IFigure)Activator.CreateInstance(t)!)
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

        var calls = 1_000_000;
        var wanted = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h") return Help(figures, 0);
            if (args[i] == "--calls")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out calls) || calls < 100)
                    return Problem("--calls needs a whole number of at least 100", figures);
            }
            else if (figures.Any(f => f.Name == args[i])) wanted.Add(args[i]);
            else return Problem($"unknown figure '{args[i]}'", figures);
        }
        var selected = wanted.Count == 0 ? figures : figures.Where(f => wanted.Contains(f.Name)).ToList();

        var root = FindRoot();
        if (root is null) return Problem("VendorAudit.sln not found in this directory or above it; run from the repository", figures);

        var context = new BenchContext(root, calls);
        var results = new List<BenchResult>();
        var failed = new List<string>();
        try
        {
            await context.Cli.EnsureBuiltAsync();
        }
        catch (BenchException e)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
        foreach (var figure in selected)
        {
            AnsiConsole.MarkupLineInterpolated($"[bold]{figure.Name}[/]");
            try
            {
                results.AddRange(await figure.MeasureAsync(context));
            }
            catch (Exception e)
            {
                // One broken figure must not cost the others their results.
                failed.Add(figure.Name);
                var detail = e is BenchException ? e.Message : e.ToString();
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {figure.Name}: {detail}");
            }
        }

        var json = ResultsReport.Write(context.OutputDirectory, results);
        ResultsReport.Print(results);
        AnsiConsole.WriteLine($"Results: {Path.GetRelativePath(root, json)}");
        if (failed.Count == 0) return 0;
        AnsiConsole.MarkupLineInterpolated($"[red]Not measured:[/] {string.Join(", ", failed)}");
        return 1;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VendorAudit.sln"))) return dir.FullName;
        return null;
    }

    private static int Problem(string message, IEnumerable<IFigure> figures)
    {
        Console.Error.WriteLine($"error: {message}");
        return Help(figures, 2);
    }

    private static int Help(IEnumerable<IFigure> figures, int code)
    {
        (code == 0 ? Console.Out : Console.Error).WriteLine(string.Format(CultureInfo.InvariantCulture, Usage, string.Join(", ", figures.Select(f => f.Name))));
        return code;
    }
}
