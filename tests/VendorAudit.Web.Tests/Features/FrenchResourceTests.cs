using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace VendorAudit.Web.Tests.Features;

/// <summary>Every English text a view passes to the localizer as a literal has its French in SharedResource.fr.resx.</summary>
/// <remarks>Keys built at run time (enum names, speakers, TempData notices, concatenations) are not visible to this scan.</remarks>
[TestFixture]
public sealed partial class FrenchResourceTests
{
    [Test]
    public void Every_literal_localizer_key_in_the_views_has_a_French_entry()
    {
        var french = CompiledFrenchNames();
        var features = Path.Combine(RepositoryRoot(), "src", "VendorAudit.Web", "Features");

        var used = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(file => LiteralKeys(File.ReadAllText(file)).Select(key => (Key: key, File: Path.GetRelativePath(features, file))))
            .ToList();
        var missing = used.Where(u => !french.Contains(u.Key))
            .GroupBy(u => u.Key, StringComparer.Ordinal)
            .Select(g => $"\"{g.Key}\" ({string.Join(", ", g.Select(u => u.File).Distinct().Order(StringComparer.Ordinal))})")
            .Order(StringComparer.Ordinal)
            .ToList();

        used.ShouldNotBeEmpty("no L[\"…\"] key was found: the view scan is broken");
        missing.ShouldBeEmpty($"{missing.Count} localizer key(s) have no French in SharedResource.fr.resx:\n  "
            + string.Join("\n  ", missing));
    }

    [Test]
    public void No_two_French_entries_differ_only_by_case()
    {
        // The resource generator keeps the first of such names and drops the others (warning MSB3568), and lookups are
        // case-sensitive: the dropped text shows in English on French pages. Running text uses Lower(L["Label"]) instead.
        var clashes = FrenchEntries().GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(e => $"\"{e.Name}\"")))
            .ToList();
        clashes.ShouldBeEmpty("these entries differ only by case:\n  " + string.Join("\n  ", clashes));
    }

    [Test]
    public void Every_French_text_keeps_the_placeholders_of_its_English_key()
    {
        var changed = FrenchEntries()
            .Where(e => !Placeholders(e.Name).SequenceEqual(Placeholders(e.Value)))
            .Select(e => $"\"{e.Name}\" → \"{e.Value}\"")
            .ToList();

        changed.ShouldBeEmpty("these French texts lose or add a {n} placeholder:\n  " + string.Join("\n  ", changed));
    }

    [Test]
    public void The_scan_sees_plain_literals_and_both_sides_of_a_literal_choice()
    {
        const string view = """
            <h1>@L["Work queue"]</h1> @(x ? L["Yes"] : L["No"]) @L[done ? "Score" : "Continue"] @L[r.Kind.ToString()]
            @string.Format(L["{0} of {1} submitted"].Value, a, b) @Html.Raw(XL["not ours"])
            """;

        LiteralKeys(view).ShouldBe(["Work queue", "Yes", "No", "{0} of {1} submitted", "Score", "Continue"], ignoreOrder: true);
    }

    private static IEnumerable<string> LiteralKeys(string razor) =>
        LiteralKey().Matches(razor).Select(m => m.Groups["key"].Value)
            .Concat(LiteralChoice().Matches(razor).SelectMany(m => new[] { m.Groups["a"].Value, m.Groups["b"].Value }))
            .Select(key => key.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal));

    /// <summary><c>L["English text"]</c>.</summary>
    [GeneratedRegex("""(?<![\w.])L\["(?<key>(?:[^"\\]|\\.)*)"\]""")]
    private static partial Regex LiteralKey();

    /// <summary><c>L[condition ? "One text" : "Another"]</c>.</summary>
    [GeneratedRegex("""(?<![\w.])L\[[^\]"]*\?\s*"(?<a>(?:[^"\\]|\\.)*)"\s*:\s*"(?<b>(?:[^"\\]|\\.)*)"\s*\]""")]
    private static partial Regex LiteralChoice();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static List<(string Name, string Value)> FrenchEntries() =>
        XDocument.Load(Path.Combine(RepositoryRoot(), "src", "VendorAudit.Web", "Resources", "SharedResource.fr.resx"))
            .Root!.Elements("data")
            .Select(d => ((string?)d.Attribute("name") ?? "", (string?)d.Element("value") ?? ""))
            .ToList();

    /// <summary>The names the build keeps: the first of those equal ignoring case, as the resource generator does.</summary>
    private static HashSet<string> CompiledFrenchNames()
    {
        var kept = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, _) in FrenchEntries())
            if (kept.Add(name)) names.Add(name);
        return names;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "VendorAudit.sln"))) return folder.FullName;
        throw new InvalidOperationException("VendorAudit.sln not found above the test directory.");
    }
}
