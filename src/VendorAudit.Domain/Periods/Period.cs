using System.Globalization;

namespace VendorAudit.Domain.Periods;

/// <summary>A calendar month, the unit of every vendor review ("2026-09").</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static Period Of(DateOnly day) => new(day.Year, day.Month);

    public static Period Of(DateTimeOffset instant) => new(instant.UtcDateTime.Year, instant.UtcDateTime.Month);

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new DomainException($"'{text}' is not a period; expected YYYY-MM.");

    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        period = Of(day);
        return true;
    }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateTimeOffset StartUtc => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public DateTimeOffset EndUtc => StartUtc.AddMonths(1);

    public Period Next() => Of(FirstDay.AddMonths(1));

    public Period Previous() => Of(FirstDay.AddMonths(-1));

    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
