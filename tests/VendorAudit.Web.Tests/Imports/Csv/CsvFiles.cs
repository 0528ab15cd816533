using System.Text;
using VendorAudit.Infrastructure.Imports;
using VendorAudit.Infrastructure.Imports.Csv;

namespace VendorAudit.Web.Tests.Imports.Csv;

/// <summary>Call CSV files as vendors send them, and the parser run over them.</summary>
internal static class CsvFiles
{
    public const string Header = "call_id,agent,queue,caller,start,wait,talk,hold,acw,ended_by,transfers,disposition";

    /// <summary>An answered call: 12 s wait, 240 s talk, 15 s hold, 30 s ACW, ended by the caller.</summary>
    public const string AnsweredRow = "c-1,Marie Dupont,Billing,+33612345678,2026-03-02T09:00:00+01:00,12,240,15,30,caller,0,answered";

    public static List<ParseItem> Parse(string text) => Parse(Encoding.UTF8.GetBytes(text));

    public static List<ParseItem> Parse(byte[] bytes) => new CsvCallParser().Parse(new MemoryStream(bytes)).ToList();

    public static List<ParsedCall> Calls(this IEnumerable<ParseItem> items) => items.OfType<CallItem>().Select(c => c.Call).ToList();

    public static List<string> Reasons(this IEnumerable<ParseItem> items) => items.OfType<RejectedItem>().Select(r => r.Reason).ToList();
}
