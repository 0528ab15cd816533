using VendorAudit.Domain.Scoring;

namespace VendorAudit.Web.Features.Scores;

/// <summary>The English words (localizer keys) for the domain's KPI names and statement lines.</summary>
public static class ScoreLabels
{
    public static string Kpi(string name) => name switch
    {
        ContractKpis.ServiceLevel => "Service level",
        ContractKpis.Asa => "ASA",
        ContractKpis.AbandonRate => "Abandon rate",
        ContractKpis.Aht => "AHT",
        ContractKpis.RepeatContactRate => "Repeat-contact rate (72 h)",
        ContractKpis.TransferRate => "Transfer rate",
        _ => name,
    };

    public static string Line(StatementLineKind kind) => kind switch
    {
        StatementLineKind.QualityMalus => "Quality under the contract's minimum",
        StatementLineKind.QualityBonus => "Quality above the bonus threshold",
        StatementLineKind.ServiceLevelMalus => "Service level under target",
        StatementLineKind.AbuseMalus => "Confirmed abuses",
        StatementLineKind.BonusForfeited => "Bonus forfeited: confirmed abuse this month",
        StatementLineKind.MalusCap => "Malus cap",
        StatementLineKind.BonusCap => "Bonus cap",
        _ => kind.ToString(),
    };
}
