using System.Globalization;

namespace VendorAudit.Web.Features.Shared;

public enum KpiFormat { Percent, Seconds }

/// <summary>A measured KPI beside its contract target, with whether it meets it.</summary>
public sealed record Kpi(double? Value, double? Target, bool HigherIsBetter, KpiFormat Format)
{
    public static Kpi AtLeast(double? value, double? target, KpiFormat format) => new(value, target, true, format);

    public static Kpi AtMost(double? value, double? target, KpiFormat format) => new(value, target, false, format);

    public bool? MeetsTarget => Value is { } v && Target is { } t ? (HigherIsBetter ? v >= t : v <= t) : null;

    public string Show(double? number) => number switch
    {
        null => "—",
        { } n when Format == KpiFormat.Percent => n.ToString("P1", CultureInfo.CurrentCulture),
        { } n => string.Format(CultureInfo.CurrentCulture, "{0:N0} s", n),
    };
}
