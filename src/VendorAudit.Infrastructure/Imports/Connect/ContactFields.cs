using System.Globalization;
using System.Text.Json;

namespace VendorAudit.Infrastructure.Imports.Connect;

/// <summary>A field of a contact record that cannot be read; the message names the field and its value.</summary>
internal sealed class ContactRecordException(string message) : Exception(message);

/// <summary>
/// Reads the fields of one contact record. Absent and null mean the same (Connect writes null for
/// what did not happen, e.g. <c>"Agent": null</c>); a value of the wrong kind is an error naming
/// the field by its dotted path, as the Connect documentation does.
/// </summary>
internal static class ContactFields
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd' 'HH:mm:ss.FFFFFFFK"];

    public static JsonElement? Object(JsonElement? parent, string name, string path)
    {
        if (Value(parent, name) is not { } value) return null;
        return value.ValueKind == JsonValueKind.Object ? value : throw Wrong(path, value, "not an object");
    }

    public static string? Text(JsonElement? parent, string name, string path, int maxLength)
    {
        if (Value(parent, name) is not { } value) return null;
        if (value.ValueKind != JsonValueKind.String) throw Wrong(path, value, "not a string");
        var text = value.GetString()!.Trim();
        if (text.Length > maxLength) throw new ContactRecordException($"{path} is {text.Length} characters long, more than {maxLength}");
        return text.Length == 0 ? null : text;
    }

    public static DateTimeOffset? Time(JsonElement? parent, string name, string path)
    {
        if (Value(parent, name) is not { } value) return null;
        if (value.ValueKind == JsonValueKind.String && TryTime(value.GetString()!, out var time)) return time;
        throw new ContactRecordException($"{path} {Show(value)} is not an ISO 8601 time");
    }

    /// <summary>The time without complaint: for ranking deliveries, where a bad value only loses.</summary>
    public static DateTimeOffset? TimeOrNull(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && TryTime(value.GetString()!, out var time)
            ? time
            : null;

    /// <summary>Whole seconds, rounded: Connect gives some durations with fractions, the domain keeps seconds.</summary>
    public static int Seconds(JsonElement? parent, string name, string path)
    {
        var number = Number(parent, name, path);
        if (number < 0) throw new ContactRecordException($"{path} is {number.ToString(CultureInfo.InvariantCulture)}, a duration cannot be negative");
        var seconds = Math.Round(number, MidpointRounding.AwayFromZero);
        return seconds <= int.MaxValue ? (int)seconds : throw new ContactRecordException($"{path} is {number.ToString(CultureInfo.InvariantCulture)}, out of range");
    }

    public static int Count(JsonElement? parent, string name, string path)
    {
        var number = Number(parent, name, path);
        return number >= 0 && number <= int.MaxValue && number == Math.Floor(number)
            ? (int)number
            : throw new ContactRecordException($"{path} is {number.ToString(CultureInfo.InvariantCulture)}, not a count");
    }

    private static double Number(JsonElement? parent, string name, string path)
    {
        if (Value(parent, name) is not { } value) return 0;
        // Numbers written as strings are taken too: some exports quote every value.
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)) return number;
        if (value.ValueKind == JsonValueKind.String
            && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number))
            return number;
        throw Wrong(path, value, "not a number");
    }

    private static JsonElement? Value(JsonElement? parent, string name) =>
        parent is { } p && p.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static bool TryTime(string text, out DateTimeOffset time) =>
        DateTimeOffset.TryParseExact(text.Trim(), IsoFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

    private static ContactRecordException Wrong(string path, JsonElement value, string what) => new($"{path} is {Show(value)}, {what}");

    /// <summary>The value as written in the file, cut short: a reason must stay readable whatever the record holds.</summary>
    private static string Show(JsonElement value)
    {
        var raw = value.GetRawText();
        return raw.Length <= 40 ? raw : raw[..40] + "…";
    }
}
