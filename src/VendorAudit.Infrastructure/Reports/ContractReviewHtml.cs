using VendorAudit.Domain.Reports;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>
/// Writes the contract-review report from its model into the embedded layout: cover, executive summary with the
/// recommendation, scores and trends, KPIs, confirmed findings with their charts, disputes, the statement and the
/// auditors' comments. Every value goes through <see cref="HtmlWriter.Text"/>.
/// </summary>
public static partial class ContractReviewHtml
{
    public static PdfDocument Build(ReportModel m)
    {
        var t = ReportText.For(m.Language);
        var w = new HtmlWriter();
        Cover(w, m, t);
        Summary(w, m, t);
        Scores(w, m, t);
        Kpis(w, m, t);
        Findings(w, m, t);
        Disputes(w, m, t);
        Statement(w, m, t);
        Comments(w, m, t);

        var title = $"{t["Contract review"]} · {m.Vendor.Name} · {PeriodName(m, t)}";
        var html = ReportTemplate.Fill(ReportTemplate.Document, new Dictionary<string, string>
        {
            ["lang"] = HtmlWriter.Encode(m.Language), ["title"] = HtmlWriter.Encode(title), ["css"] = ReportTemplate.Css, ["body"] = w.ToString(),
        });
        var header = ReportTemplate.Fill(ReportTemplate.Header, new Dictionary<string, string>
        {
            ["left"] = HtmlWriter.Encode($"{t["Contract review"]} · {m.Vendor.Name}"), ["right"] = HtmlWriter.Encode(PeriodName(m, t)),
        });
        var footer = ReportTemplate.Fill(ReportTemplate.Footer, new Dictionary<string, string>
        {
            ["left"] = HtmlWriter.Encode($"{t.Format("Confidential: the brand and {0} only", m.Vendor.Name)} · {ReportTemplate.Version}"),
            ["page"] = HtmlWriter.Encode(t["Page"]),
        });
        return new PdfDocument(html, header, footer);
    }

    private static string PeriodName(ReportModel m, ReportText t)
    {
        var name = m.Score.PeriodStart.ToString("MMMM yyyy", t.Culture);
        return char.ToUpper(name[0], t.Culture) + name[1..];
    }

    private static void Cover(HtmlWriter w, ReportModel m, ReportText t)
    {
        w.Tag("<section class=\"cover\"><div>").El("div", "kicker", t["Contract-review report"]).El("h1", null, m.Vendor.Name)
            .El("p", "period", PeriodName(m, t)).Tag("<dl>");
        void Row(string label, string value) => w.El("dt", null, t[label]).El("dd", null, value);
        Row("Vendor code", m.Vendor.Code);
        Row("Country", m.Vendor.Country);
        Row("Period", $"{m.Score.Period} ({m.Score.Period.StartUtc.ToString("d", t.Culture)} – {m.Score.Period.EndUtc.AddDays(-1).ToString("d", t.Culture)})");
        Row("Issued on", t.Date(m.IssuedAt));
        Row("Scores computed on", t.Date(m.Score.ComputedAt));
        Row("Language", m.Language == "fr" ? "Français" : t["English"]);
        Row("Template", ReportTemplate.Version);
        w.Tag("</dl></div>").El("div", "band", t["Prepared for the contract review with the vendor. Every figure is the one VendorAudit stored for the period; nothing is recomputed for this document."])
            .Tag("</section>");
    }

    private static void Summary(HtmlWriter w, ReportModel m, ReportText t)
    {
        var s = m.Score;
        var d = s.Details;
        w.Tag("<section class=\"page\">").El("h2", null, t["Executive summary"]).Tag("<div class=\"figures\">");
        void Figure(string label, string value, string sub) =>
            w.Tag("<div class=\"figure\">").El("div", "label", t[label]).El("div", "value", value).El("div", "sub", sub).Tag("</div>");
        Figure("Composite", t.Number(d.Composite.Score), t.Format("95 % interval {0}–{1}", t.Number(d.Composite.CiLow), t.Number(d.Composite.CiHigh)));
        Figure("Rank", t.Format("{0} of {1}", Ranking.Ordinal(s.Rank, m.Language), s.RankedVendors), $"{t["Quality"]} {t.Number(d.Quality.Score)}");
        Figure("Bonus/malus", t.Money(d.Statement.Amount, d.Statement.Currency),
            d.Statement.MonthlyInvoice > 0 ? $"{(d.Statement.Amount / d.Statement.MonthlyInvoice).ToString("P1", t.Culture)} {t["of the monthly invoice"]}" : "");
        Figure("Abuse index", t.Number(d.AbuseIndex, "0"), t.Format("{0} confirmed finding(s)", d.ConfirmedFindings.Count));
        w.Tag("</div>");

        var kind = Recommendation.For(d);
        var (css, label) = kind switch
        {
            RecommendationKind.Escalate => ("escalate", "Escalate"),
            RecommendationKind.RenewWithImprovementPlan => ("plan", "Renew with an improvement plan"),
            _ => ("renew", "Renew"),
        };
        w.Tag($"<div class=\"recommendation {css}\" data-recommendation=\"{css}\">").El("div", "label muted", t["Recommendation"]).El("strong", null, t[label])
            .El("p", "hint", t.Format("Rule: escalate when the abuse index reaches {0} or the composite is under {1}; renew with an improvement plan when the statement has a malus line, a KPI misses its target or an abuse is confirmed; renew otherwise.",
                Recommendation.EscalateAbuseIndex, Recommendation.EscalateComposite))
            .Tag("</div><ul class=\"points\">");
        var targeted = d.Kpis.Where(k => k.Met is not null).ToList();
        w.El("li", null, t.Format("{0} of {1} KPIs with a target meet it.", targeted.Count(k => k.Met == true), targeted.Count));
        w.El("li", null, d.OverlapsWith.Count > 0
            ? t.Format("Its composite interval overlaps {0} other vendor(s): the ranking does not really tell them apart.", d.OverlapsWith.Count)
            : t["Its composite interval overlaps no other vendor's."]);
        w.El("li", null, t.Format("{0} dispute(s) on the period's scorecards, {1} resolved.", m.Disputes.Opened, m.Disputes.Resolved));
        w.El("li", null, t.Format("{0} calls offered, {1} answered.", d.Calls.ToString("N0", t.Culture), d.Answered.ToString("N0", t.Culture)));
        w.Tag("</ul></section>");
    }

    private static void Scores(HtmlWriter w, ReportModel m, ReportText t)
    {
        var d = m.Score.Details;
        w.Tag("<section>").El("h2", null, t["Scores and their intervals"]).Tag("<table><thead><tr>")
            .El("th", null, t["Score (0–100)"]).El("th", "num", t["Value"]).El("th", null, t["95 % interval"]).El("th", "num", t["Scorecards"]).El("th", "num", t["Raw mean"])
            .Tag("</tr></thead><tbody>");
        foreach (var (name, e) in new[] { ("Composite", d.Composite), ("Quality", d.Quality), ("Language", d.Language), ("Empathy", d.Empathy), ("Resolution", d.Resolution), ("Compliance", d.Compliance) })
        {
            w.Tag("<tr>").El("th", null, t[name]).Tag("<td class=\"num\"><strong>").Text(t.Number(e.Score)).Tag("</strong></td><td>");
            ReportSvg.Interval(w, e);
            w.El("span", "hint", $"{t.Number(e.CiLow)}–{t.Number(e.CiHigh)}").Tag("</td>")
                .El("td", "num", e.N > 0 ? e.N.ToString("N0", t.Culture) : "—").El("td", "num", e.N > 0 ? t.Number(e.RawMean) : "—").Tag("</tr>");
        }
        w.Tag("</tbody></table>").El("p", "hint", t["Language, Empathy and Compliance come from the random sample's scorecards, shrunk toward all vendors' mean when the sample is small; Resolution also weighs repeat contacts (72 h) and transfers. The composite is the weighted quality minus a fifth of the abuse index. Bars show the score, whiskers its 95 % interval."]);
        if (m.History.Count > 1)
        {
            w.El("h3", null, t["Trend"]);
            ReportSvg.Trend(w, m.History, [("Composite", s => s.Composite), ("Language", s => s.Details.Language.Score), ("Empathy", s => s.Details.Empathy.Score),
                ("Resolution", s => s.Details.Resolution.Score), ("Compliance", s => s.Details.Compliance.Score)], t);
            w.Tag("<table><thead><tr>").El("th", null, t["Period"]).El("th", "num", t["Composite"]).El("th", "num", t["Rank"]).El("th", "num", t["Abuse index"]).El("th", "num", t["Bonus/malus"]).Tag("</tr></thead><tbody>");
            foreach (var h in m.History.Reverse())
                w.Tag("<tr>").El("td", null, h.Period.ToString()).El("td", "num", t.Number(h.Composite)).El("td", "num", t.Format("{0} of {1}", Ranking.Ordinal(h.Rank, m.Language), h.RankedVendors))
                    .El("td", "num", t.Number(h.AbuseIndex, "0")).El("td", "num", t.Money(h.BonusMalus, h.Currency)).Tag("</tr>");
            w.Tag("</tbody></table>");
        }
        w.Tag("</section>");
    }
}
