using System.Text.Json;
using System.Text.Json.Serialization;
using VendorAudit.Domain.Scorecards;

namespace VendorAudit.Domain.Tests.Scorecards;

/// <summary>Reads the real template files of templates/scorecards/, strictly, as the portal does.</summary>
internal static class TemplateFiles
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        // A misspelt or missing field in a template file must fail here, not silently default.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static ScorecardTemplate HotlineQuality() => Load("hotline-quality.v1.json");

    public static ScorecardTemplate Load(string fileName)
    {
        var json = File.ReadAllText(Path.Combine(Folder(), fileName));
        return JsonSerializer.Deserialize<ScorecardTemplate>(json, Json)
            ?? throw new InvalidOperationException($"{fileName} holds no template.");
    }

    public static string Folder()
    {
        for (var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "VendorAudit.sln")))
                return Path.Combine(folder.FullName, "templates", "scorecards");
        throw new InvalidOperationException("VendorAudit.sln not found above the test directory.");
    }
}
