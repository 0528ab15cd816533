using System.Text;

namespace VendorAudit.Domain.Privacy;

/// <summary>
/// Caller numbers in E.164 form (<c>+33612345678</c>), so that the same caller written three ways by
/// three platforms is recognised as one. Only the normalised form is ever hashed.
/// </summary>
public static class PhoneNumber
{
    /// <summary>Normalises a number as platforms write it; national numbers take the default country code.</summary>
    public static bool TryNormalise(string? raw, string defaultCountryCode, out string e164)
    {
        e164 = "";
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var text = raw.Trim();
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) text = text[4..];
        var digits = new StringBuilder(text.Length);
        var international = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '+' && digits.Length == 0 && !international) international = true;
            else if (char.IsAsciiDigit(c)) digits.Append(c);
            else if (c is ' ' or '-' or '.' or '(' or ')' or '/') continue;
            else return false;
        }
        var number = digits.ToString();
        if (!international)
        {
            if (number.StartsWith("00", StringComparison.Ordinal)) number = number[2..];
            else if (number.StartsWith('0')) number = defaultCountryCode + number[1..];
            else return false;
        }
        if (number.Length is < 7 or > 15 || number[0] == '0') return false;
        e164 = "+" + number;
        return true;
    }
}
