using System.Globalization;
using System.Text;

namespace VendorAudit.Web.Features.Scores;

/// <summary>
/// The ranking as CSV for procurement's spreadsheets. Any cell starting with = + - @ (or a tab or
/// carriage return) is prefixed with a quote, so a vendor or agent name can never run as a formula.
/// </summary>
public static class ScoreExport
{
    public static string Csv(IEnumerable<ScoreRow> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine("period,rank,vendor,vendor_name,composite,composite_low,composite_high,language,empathy,resolution,compliance,abuse_index,bonus_malus,currency");
        foreach (var r in rows)
        {
            var d = r.Score.Details;
            csv.AppendLine(string.Join(',', new[]
            {
                r.Score.Period.ToString(), Number(r.Score.Rank), r.Vendor.Code, r.Vendor.Name, Number(d.Composite.Score), Number(d.Composite.CiLow),
                Number(d.Composite.CiHigh), Number(d.Language.Score), Number(d.Empathy.Score), Number(d.Resolution.Score),
                Number(d.Compliance.Score), Number(d.AbuseIndex), r.Score.BonusMalus.ToString("0.00", CultureInfo.InvariantCulture), r.Score.Currency,
            }.Select(Cell)));
        }
        return csv.ToString();
    }

    public static string Cell(string value)
    {
        // Numbers are written by us, in the invariant culture: a leading minus there is a negative amount, not a formula.
        var neutral = value.Length > 0 && "=+-@\t\r".Contains(value[0]) && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? "'" + value : value;
        return neutral.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{neutral.Replace("\"", "\"\"")}\"" : neutral;
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
