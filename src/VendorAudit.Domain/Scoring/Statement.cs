namespace VendorAudit.Domain.Scoring;

public enum StatementLineKind { QualityMalus, QualityBonus, ServiceLevelMalus, AbuseMalus, BonusForfeited, MalusCap, BonusCap }

/// <summary>
/// One line of a vendor's bonus/malus statement. <see cref="Basis"/> is what was measured and <see cref="Target"/>
/// the contract's figure, on the same scale (quality 0–100, service level in %, abuses as a count, a cap line's
/// the malus or bonus in % of the invoice against the cap), and
/// <see cref="Points"/> how far apart they are. <see cref="Percent"/> of the monthly invoice and <see cref="Amount"/>
/// carry the line's sign: bonus positive, malus negative, a cap line the opposite of what it caps.
/// </summary>
/// <param name="Evidence">What backs the line: "score:quality", "kpi:serviceLevel", "findings:12,15", "contract:malusCapPercent".</param>
public sealed record StatementLine(StatementLineKind Kind, string Description, double Basis, double Target, double Points,
    decimal Percent, decimal Amount, string Evidence);

/// <summary>What a vendor earns (positive) or owes (negative) for a period, line by line.</summary>
public sealed record Statement(string Currency, decimal MonthlyInvoice, IReadOnlyList<StatementLine> Lines)
{
    /// <summary>Σ line amounts: bonus positive, malus negative.</summary>
    public decimal Amount => Lines.Sum(l => l.Amount);
}
