using System.Text.RegularExpressions;

namespace VendorAudit.Domain.Vendors;

/// <summary>An outsourcer running one or more of the brand's hotlines.</summary>
public sealed partial class Vendor
{
    private Vendor() { }

    public Vendor(string code, string name, string country)
    {
        Code = NormaliseCode(code);
        Rename(name);
        Country = RequireText(country, "country", 60);
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Country { get; private set; } = "";

    public void Rename(string name) => Name = RequireText(name, "name", 120);

    public void MoveTo(string country) => Country = RequireText(country, "country", 60);

    /// <summary>Codes appear in file names, URLs and the CLI, so they are short, upper-case and plain.</summary>
    public static string NormaliseCode(string code)
    {
        var normalised = (code ?? "").Trim().ToUpperInvariant();
        if (!CodePattern().IsMatch(normalised))
            throw new DomainException($"Vendor code '{code}' is invalid: use 2 to 16 letters, digits or dashes.");
        return normalised;
    }

    private static string RequireText(string value, string field, int max)
    {
        var trimmed = (value ?? "").Trim();
        if (trimmed.Length == 0) throw new DomainException($"The vendor's {field} is required.");
        if (trimmed.Length > max) throw new DomainException($"The vendor's {field} is longer than {max} characters.");
        return trimmed;
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,15}$")]
    private static partial Regex CodePattern();
}
