using System.Text.Json;
using System.Text.Json.Serialization;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Infrastructure.Audits;

public sealed record TemplateParse(ScorecardTemplate? Template, IReadOnlyList<string> Problems);

/// <summary>Reads a scorecard template file strictly: a misspelt or missing field is an error naming its line and path.</summary>
public static class TemplateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        WriteIndented = true,
    };

    public static TemplateParse Parse(string json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new(null, ["The template is empty."]);
        try
        {
            var template = JsonSerializer.Deserialize<ScorecardTemplate>(json, Options);
            if (template is null) return new(null, ["The template is empty (null)."]);
            return new(template, template.Problems());
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? $"line {n + 1}" : "the file";
            var path = string.IsNullOrEmpty(e.Path) ? "" : $" at {e.Path}";
            return new(null, [$"{line}{path}: {FirstSentence(e.Message)}"]);
        }
    }

    public static string Write(ScorecardTemplate template) => JsonSerializer.Serialize(template, Options);

    // System.Text.Json appends its own "Path: … | LineNumber: …" to messages; the prefix above says it better.
    private static string FirstSentence(string message) =>
        message.IndexOf(" Path:", StringComparison.Ordinal) is var i and > 0 ? message[..i] : message;
}
