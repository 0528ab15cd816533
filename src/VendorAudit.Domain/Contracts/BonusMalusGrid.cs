namespace VendorAudit.Domain.Contracts;

/// <summary>
/// The money side of a contract: a malus per point under the quality minimum (capped) and a bonus
/// per point above a threshold (capped), both as percentages of the monthly invoice.
/// </summary>
public sealed class BonusMalusGrid
{
    public string Currency { get; set; } = "EUR";
    public decimal MonthlyInvoice { get; set; }
    public decimal MalusPercentPerPoint { get; set; }
    public decimal MalusCapPercent { get; set; }
    public decimal BonusThreshold { get; set; }
    public decimal BonusPercentPerPoint { get; set; }
    public decimal BonusCapPercent { get; set; }
    public decimal ServiceLevelMalusPercentPerPoint { get; set; }
    public decimal ConfirmedAbuseMalusPercent { get; set; }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Currency.Length != 3 || !Currency.All(char.IsAsciiLetterUpper)) problems.Add("Currency must be an ISO 4217 code such as EUR.");
        if (MonthlyInvoice < 0) problems.Add("Monthly invoice cannot be negative.");
        foreach (var (name, value) in Percentages())
            if (value is < 0 or > 100) problems.Add($"{name} must be a percentage between 0 and 100.");
        if (BonusThreshold is < 0 or > 100) problems.Add("Bonus threshold must be a score between 0 and 100.");
        return problems;
    }

    private IEnumerable<(string, decimal)> Percentages() =>
    [
        ("Malus per point", MalusPercentPerPoint), ("Malus cap", MalusCapPercent),
        ("Bonus per point", BonusPercentPerPoint), ("Bonus cap", BonusCapPercent),
        ("Service-level malus per point", ServiceLevelMalusPercentPerPoint),
        ("Malus per confirmed abuse", ConfirmedAbuseMalusPercent),
    ];
}
