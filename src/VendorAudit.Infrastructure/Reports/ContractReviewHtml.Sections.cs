using VendorAudit.Domain.Scoring;

namespace VendorAudit.Infrastructure.Reports;

public static partial class ContractReviewHtml
{
    private static void Kpis(HtmlWriter w, ReportModel m, ReportText t)
    {
        w.Tag("<section>").El("h2", null, t["KPIs against the contract"]).Tag("<table><thead><tr>")
            .El("th", null, t["KPI"]).El("th", "num", t["Measured"]).El("th", "num", t["Target"]).El("th", null, t["Status"]).Tag("</tr></thead><tbody>");
        foreach (var k in m.Score.Details.Kpis)
        {
            var seconds = k.Name is ContractKpis.Asa or ContractKpis.Aht;
            string Show(double? v) => v is null ? "—" : seconds ? $"{v.Value.ToString("N0", t.Culture)} s" : v.Value.ToString("P1", t.Culture);
            w.Tag("<tr>").El("th", null, t[KpiLabel(k.Name)]).El("td", "num", Show(k.Value))
                .El("td", "num", k.Target is null ? "—" : (k.Direction == KpiDirection.AtLeast ? "≥ " : "≤ ") + Show(k.Target))
                .El("td", k.Met switch { true => "good", false => "bad", _ => "muted" }, k.Met switch { true => t["met"], false => t["missed"], _ => "—" }).Tag("</tr>");
        }
        w.Tag("</tbody></table></section>");
    }

    private static void Findings(HtmlWriter w, ReportModel m, ReportText t)
    {
        w.Tag("<section>").El("h2", null, t["Confirmed findings"]);
        if (m.Findings.Count == 0) w.El("p", "muted", t["No abuse was confirmed for this period."]);
        foreach (var f in m.Findings)
        {
            w.Tag("<div class=\"finding\">").El("h3", null, $"#{f.Id} · {t[KindLabel(f.Kind)]}").El("p", null, f.Summary).Tag("<dl>");
            void Row(string label, string? value) => w.El("dt", null, t[label]).El("dd", null, value ?? "—");
            Row("Agent", f.Agent ?? t["Whole vendor"]);
            Row("Calls", f.CallCount.ToString("N0", t.Culture));
            Row("Effect", f.Effect.ToString("0.###", t.Culture));
            Row("q-value", f.QValue.ToString("0.##E+0", t.Culture));
            Row("Confirmed on", f.ConfirmedAt is { } at ? t.Date(at) : null);
            Row("Auditor's reason", f.Reason);
            w.El("dt", null, t["Sample calls"]).Tag("<dd>");
            for (var i = 0; i < f.SampleCalls.Count; i++) w.Tag(i > 0 ? ", " : "").El("code", null, f.SampleCalls[i]);
            if (f.SampleCalls.Count == 0) w.Text("—");
            w.Tag("</dd></dl>");
            ReportSvg.Evidence(w, f.Chart, t);
            w.Tag("</div>");
        }
        w.Tag("</section>");
    }

    private static void Disputes(HtmlWriter w, ReportModel m, ReportText t)
    {
        var d = m.Disputes;
        w.Tag("<section>").El("h2", null, t["Disputes"]).El("p", "hint", t["Disputes the vendor opened on scorecards of calls from this period, and how the auditors ruled on each contested item."])
            .Tag("<table><thead><tr>");
        foreach (var h in new[] { "Opened", "Resolved", "Still open", "Items accepted", "Items partly accepted", "Items rejected" }) w.El("th", "num", t[h]);
        w.Tag("</tr></thead><tbody><tr>");
        foreach (var v in new[] { d.Opened, d.Resolved, d.StillOpen, d.ItemsAccepted, d.ItemsPartlyAccepted, d.ItemsRejected }) w.El("td", "num", v.ToString("N0", t.Culture));
        w.Tag("</tr></tbody></table></section>");
    }

    private static void Statement(HtmlWriter w, ReportModel m, ReportText t)
    {
        var statement = m.Score.Details.Statement;
        w.Tag("<section>").El("h2", null, t["Bonus/malus statement"]).Tag("<table class=\"statement\"><thead><tr>").El("th", null, t["Line"]).El("th", "num", t["Measured"])
            .El("th", "num", t["Threshold"]).El("th", "num", t["Points"]).El("th", "num", t["% of invoice"]).El("th", "num", t["Amount"]).El("th", null, t["Evidence"]).Tag("</tr></thead><tbody>");
        foreach (var line in statement.Lines)
        {
            w.Tag("<tr><th>").Text(t[LineLabel(line.Kind)]);
            if (m.Language == "en") w.El("span", "line-note", line.Description);
            w.Tag("</th>").El("td", "num", line.Basis.ToString("0.##", t.Culture)).El("td", "num", line.Target.ToString("0.##", t.Culture))
                .El("td", "num", line.Points.ToString("0.##", t.Culture)).El("td", "num", $"{line.Percent.ToString("0.##", t.Culture)} %")
                .El("td", "num", line.Amount.ToString("N2", t.Culture)).El("td", "wrap", Evidence(line.Evidence, t)).Tag("</tr>");
        }
        if (statement.Lines.Count == 0) w.Tag("<tr><td colspan=\"7\">").Text(t["Nothing earned or owed this period."]).Tag("</td></tr>");
        w.Tag("</tbody><tfoot><tr><th colspan=\"5\">").Text(t.Format("Total on a monthly invoice of {0}", t.Money(statement.MonthlyInvoice, statement.Currency)))
            .Tag("</th><td class=\"num\" data-total>").Text(t.Money(statement.Amount, statement.Currency)).Tag("</td><td></td></tr></tfoot></table></section>");
    }

    private static void Comments(HtmlWriter w, ReportModel m, ReportText t)
    {
        w.Tag("<section>").El("h2", null, t["Auditors' comments"]).El("p", "hint", t["Overall comments of the period's submitted random-sample scorecards, latest first."]);
        if (m.Comments.Count == 0) w.El("p", "muted", t["No auditor left an overall comment this period."]);
        foreach (var c in m.Comments)
            w.Tag("<blockquote>").Text(c.Comment).El("footer", null, t.Format("Call {0} · scorecard total {1}", c.Call, c.Total is { } total ? total.ToString("0.#", t.Culture) : "—")).Tag("</blockquote>");
        w.Tag("</section>");
    }

    /// <summary>"findings:12,15" → "#12, #15"; "kpi:serviceLevel" → the KPI's name; "score:quality" → Quality.</summary>
    private static string Evidence(string evidence, ReportText t)
    {
        var parts = evidence.Split(':', 2);
        return parts switch
        {
            ["findings", var ids] => string.Join(", ", ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => "#" + id)),
            ["kpi", var name] => $"{t["KPI"]} · {t[KpiLabel(name)]}",
            ["score", _] => t["Quality"],
            ["contract", _] => t["Contract"],
            _ => evidence,
        };
    }

    private static string KindLabel(string kind) => kind switch
    {
        "agent-hangup" => "Agent hang-ups",
        "queue-dumping" => "Queue dumping",
        "handle-time-gaming" => "Handle-time gaming",
        "transfer-deflection" => "Transfer deflection",
        "system-drop" => "System drops",
        "callback-not-honored" => "Callbacks not honoured",
        _ => kind,
    };

    private static string KpiLabel(string name) => name switch
    {
        ContractKpis.ServiceLevel => "Service level",
        ContractKpis.Asa => "ASA",
        ContractKpis.AbandonRate => "Abandon rate",
        ContractKpis.Aht => "AHT",
        ContractKpis.RepeatContactRate => "Repeat-contact rate (72 h)",
        ContractKpis.TransferRate => "Transfer rate",
        _ => name,
    };

    private static string LineLabel(StatementLineKind kind) => kind switch
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
