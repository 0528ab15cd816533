using System.Net;
using System.Text;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>
/// Builds the report's HTML: <see cref="Tag"/> takes markup written in this assembly, <see cref="Text"/> takes data
/// and always encodes it. Nothing else reaches the document, so a name like <c>&lt;img src=…&gt;</c> prints as text.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder _html = new(64 * 1024);

    public HtmlWriter Tag(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? value)
    {
        _html.Append(WebUtility.HtmlEncode(value ?? ""));
        return this;
    }

    /// <summary>An element whose whole content is one encoded value: <c>El("td", "num", amount)</c>.</summary>
    public HtmlWriter El(string tag, string? cssClass, string? value)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null) _html.Append(" class=\"").Append(cssClass).Append('"');
        _html.Append('>');
        Text(value);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public override string ToString() => _html.ToString();

    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
