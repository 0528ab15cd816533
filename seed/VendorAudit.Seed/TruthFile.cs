using System.Text.Encodings.Web;
using System.Text.Json;

namespace VendorAudit.Seed;

/// <summary>Reads and writes <c>seed/truth.json</c>: what the demo planted, for scoring detectors against it.</summary>
public static class TruthFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NewLine = "\n",
        // A file for people and tools, never embedded in HTML: keep "+", "'" and accents readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Indented camelCase JSON with a final newline, as the committed file has it.</summary>
    public static string ToJson(DemoTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return JsonSerializer.Serialize(truth, Options) + "\n";
    }

    public static DemoTruth FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize<DemoTruth>(json, Options)
            ?? throw new JsonException("The truth file is empty.");
    }
}
