using System.Text;
using VendorAudit.Domain.Periods;
using VendorAudit.Seed;

namespace VendorAudit.Web.Tests.Imports;

/// <summary>Call files for import tests, written the way vendors' platforms write them.</summary>
public static class ImportFiles
{
    /// <summary>A queue_log of one demo vendor's calls (its agents renamed so they are new to the database).</summary>
    public static string QueueLog(int callsPerMonth, int seed = 7, int months = 1)
    {
        var generator = new DemoDataGenerator(new DemoOptions(seed, new Period(2026, 11), months, callsPerMonth));
        var calls = generator.Calls(generator.Vendors[0])
            .Select(c => c with { ExternalId = $"{seed}.{c.ExternalId}", AgentName = c.AgentName is null ? null : "PJSIP/" + c.AgentName });
        return string.Join('\n', QueueLogExport.Lines(calls)) + "\n";
    }

    /// <summary>November 2026 of one demo vendor as its PBX would log it, agents as planted, with the generator's truth.</summary>
    public static (string Content, DemoTruth Truth) QueueLogOf(string vendorCode, int callsPerMonth, int seed)
    {
        var generator = new DemoDataGenerator(new DemoOptions(seed, new Period(2026, 11), 1, callsPerMonth));
        var vendor = generator.Vendors.Single(v => v.Code == vendorCode);
        return (string.Join('\n', QueueLogExport.Lines(generator.Calls(vendor))) + "\n", generator.Truth);
    }

    public static string Write(string content, string extension = ".log")
    {
        var path = Path.Combine(Path.GetTempPath(), $"vendoraudit-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public static MemoryStream Stream(string content) => new(Encoding.UTF8.GetBytes(content));
}
