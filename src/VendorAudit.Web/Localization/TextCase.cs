using System.Globalization;
using Microsoft.Extensions.Localization;

namespace VendorAudit.Web;

/// <summary>Text of the portal's resources as running text needs it.</summary>
public static class TextCase
{
    /// <summary>
    /// A label in the middle of a sentence ("3 open findings", "ended by Agent"). Each text is a resource once, as a label:
    /// resource names differing only by case cannot both exist (the resource generator keeps the first of them).
    /// </summary>
    public static string Lower(LocalizedString text) => text.Value.ToLower(CultureInfo.CurrentUICulture);
}
