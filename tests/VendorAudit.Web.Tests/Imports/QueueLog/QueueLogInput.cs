using System.Text;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.QueueLog;

namespace VendorAudit.Web.Tests.Imports.QueueLog;

/// <summary>Runs the parser over inline queue_log text, one line per argument.</summary>
internal static class QueueLogInput
{
    public static List<ParseItem> Parse(params string[] lines) => ParseText(string.Join("\n", lines) + "\n");

    public static List<ParseItem> ParseText(string text) => ParseBytes(Encoding.UTF8.GetBytes(text));

    public static List<ParseItem> ParseBytes(byte[] bytes) => new QueueLogParser().Parse(new MemoryStream(bytes)).ToList();

    /// <summary>The only thing the lines produce, which must be a call.</summary>
    public static ParsedCall SingleCall(params string[] lines)
    {
        var items = Parse(lines);
        items.Count.ShouldBe(1, string.Join("; ", items));
        return items[0].ShouldBeOfType<CallItem>().Call;
    }

    /// <summary>The single rejection among the items, which must be for <paramref name="line"/>.</summary>
    public static RejectedItem SingleRejection(this List<ParseItem> items, long line)
    {
        var rejected = items.OfType<RejectedItem>().ShouldHaveSingleItem(string.Join("; ", items));
        rejected.Line.ShouldBe(line, rejected.Reason);
        return rejected;
    }

    public static List<ParsedCall> Calls(this List<ParseItem> items) => items.OfType<CallItem>().Select(c => c.Call).ToList();
}
