using System.Globalization;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Scoring;

namespace VendorAudit.Infrastructure.Reports;

/// <summary>The report's charts as inline SVG, drawn here so the page needs no script and fetches nothing.</summary>
internal static class ReportSvg
{
    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A bar on 0–100 with the 95 % interval as a whisker, like the portal's.</summary>
    public static void Interval(HtmlWriter w, Estimate e)
    {
        w.Tag($"<svg viewBox=\"0 0 200 16\" width=\"48mm\" height=\"4mm\" role=\"img\">")
            .Tag($"<rect x=\"0\" y=\"4\" width=\"200\" height=\"8\" class=\"track\"/><rect x=\"0\" y=\"4\" width=\"{F(e.Score * 2)}\" height=\"8\" class=\"bar\"/>")
            .Tag($"<line x1=\"{F(e.CiLow * 2)}\" y1=\"8\" x2=\"{F(e.CiHigh * 2)}\" y2=\"8\" class=\"whisker\"/>")
            .Tag($"<line x1=\"{F(e.CiLow * 2)}\" y1=\"2\" x2=\"{F(e.CiLow * 2)}\" y2=\"14\" class=\"whisker\"/>")
            .Tag($"<line x1=\"{F(e.CiHigh * 2)}\" y1=\"2\" x2=\"{F(e.CiHigh * 2)}\" y2=\"14\" class=\"whisker\"/></svg>");
    }

    /// <summary>Headline scores over the vendor's periods, on an axis fitted to them (labelled), with the composite's interval as a band.</summary>
    public static void Trend(HtmlWriter w, IReadOnlyList<VendorPeriodScore> history, IReadOnlyList<(string Name, Func<VendorPeriodScore, double> Value)> series, ReportText t)
    {
        const double W = 720, H = 230, Left = 36, Right = 12, Top = 10, Bottom = 26;
        var n = history.Count;
        var all = history.SelectMany(h => series.Select(s => s.Value(h))).Concat(history.Select(h => h.Details.Composite.CiLow)).Concat(history.Select(h => h.Details.Composite.CiHigh)).ToList();
        var low = Math.Max(0, Math.Floor((all.Min() - 2) / 10) * 10);
        var high = Math.Min(100, Math.Ceiling((all.Max() + 2) / 10) * 10);
        if (high <= low) high = low + 10;
        double X(int i) => Left + (n == 1 ? 0.5 : (double)i / (n - 1)) * (W - Left - Right);
        double Y(double v) => H - Bottom - (v - low) / (high - low) * (H - Bottom - Top);

        w.Tag($"<figure><svg viewBox=\"0 0 {F(W)} {F(H)}\" role=\"img\">");
        for (var tick = low; tick <= high + 1e-9; tick += 10)
            w.Tag($"<line x1=\"{F(Left)}\" y1=\"{F(Y(tick))}\" x2=\"{F(W - Right)}\" y2=\"{F(Y(tick))}\" class=\"grid\"/><text x=\"{F(Left - 6)}\" y=\"{F(Y(tick) + 3)}\" class=\"tick\" text-anchor=\"end\">{F(tick)}</text>");
        w.Tag($"<line x1=\"{F(Left)}\" y1=\"{F(H - Bottom)}\" x2=\"{F(W - Right)}\" y2=\"{F(H - Bottom)}\" class=\"axis\"/>");
        for (var i = 0; i < n; i++)
            w.Tag($"<text x=\"{F(X(i))}\" y=\"{F(H - 8)}\" class=\"tick\" text-anchor=\"{(n > 1 && i == 0 ? "start" : n > 1 && i == n - 1 ? "end" : "middle")}\">{HtmlWriter.Encode(history[i].Period.ToString())}</text>");
        var band = history.Select((h, i) => $"{F(X(i))},{F(Y(h.Details.Composite.CiHigh))}")
            .Concat(history.Select((h, i) => (h, i)).Reverse().Select(x => $"{F(X(x.i))},{F(Y(x.h.Details.Composite.CiLow))}"));
        if (n > 1) w.Tag($"<polygon points=\"{string.Join(" ", band)}\" fill=\"#1f4e79\" fill-opacity=\"0.12\" stroke=\"none\"/>");
        for (var k = 0; k < series.Count; k++)
        {
            var points = string.Join(" ", history.Select((h, i) => $"{F(X(i))},{F(Y(series[k].Value(h)))}"));
            w.Tag($"<polyline points=\"{points}\" class=\"series s{k}\" fill=\"none\" stroke-width=\"{(k == 0 ? 2.6 : 1.6)}\"/>");
            for (var i = 0; i < n; i++) w.Tag($"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(series[k].Value(history[i])))}\" r=\"{(k == 0 ? 3.2 : 2.4)}\" class=\"s{k}\"/>");
        }
        w.Tag("</svg><figcaption>");
        for (var k = 0; k < series.Count; k++) w.Tag($"<span class=\"legend l{k}\"><i></i>").Text(t[series[k].Name]).Tag("</span>");
        w.Tag("<br/>").Text(t["Scores over the vendor's periods; the shaded band is the composite's 95 % interval."]).Tag("</figcaption></figure>");
    }

    /// <summary>
    /// A finding's evidence: a histogram's observed counts as bars against the smooth counterfactual and the cap as a
    /// dashed line; a funnel's peers as a cloud with the agent marked; any other series as a line.
    /// </summary>
    public static void Evidence(HtmlWriter w, IReadOnlyList<ChartPoint> chart, ReportText t)
    {
        const double W = 720, H = 220, Left = 48, Right = 12, Top = 12, Bottom = 26;
        if (chart.Count == 0) return;
        var series = chart.GroupBy(p => p.Series ?? "").OrderBy(g => g.Key == "cap").ToList();
        double minX = chart.Min(p => p.X), maxX = chart.Max(p => p.X), maxY = Math.Max(1e-9, chart.Max(p => p.Y));
        var observed = series.FirstOrDefault(s => s.Key == "observed")?.OrderBy(p => p.X).ToList();
        var binWidth = observed is { Count: > 1 } ? observed[1].X - observed[0].X : 0;
        maxX = Math.Max(maxX, (observed?.LastOrDefault()?.X ?? maxX) + binWidth);
        if (maxX <= minX) maxX = minX + 1;
        var shares = chart.All(p => p.Y <= 1) && chart.Any(p => p.Y % 1 != 0);
        // Counts get whole, round steps (1, 2, 5 × 10ⁿ), so no two ticks print the same number.
        var step = shares ? maxY / 4 : NiceStep(maxY / 4);
        if (!shares) maxY = step * 4;
        double X(double x) => Left + (x - minX) / (maxX - minX) * (W - Left - Right);
        double Y(double y) => H - Bottom - y / maxY * (H - Bottom - Top);
        string ShowY(double y) => shares ? y.ToString("P0", t.Culture) : y.ToString("N0", t.Culture);

        w.Tag($"<figure><svg viewBox=\"0 0 {F(W)} {F(H)}\" role=\"img\">");
        for (var k = 0; k <= 4; k++)
        {
            var y = step * k;
            w.Tag($"<line x1=\"{F(Left)}\" y1=\"{F(Y(y))}\" x2=\"{F(W - Right)}\" y2=\"{F(Y(y))}\" class=\"grid\"/><text x=\"{F(Left - 6)}\" y=\"{F(Y(y) + 3)}\" class=\"tick\" text-anchor=\"end\">{HtmlWriter.Encode(ShowY(y))}</text>");
            var x = minX + (maxX - minX) * k / 4;
            w.Tag($"<text x=\"{F(X(x))}\" y=\"{F(H - 8)}\" class=\"tick\" text-anchor=\"{(k == 0 ? "start" : k == 4 ? "end" : "middle")}\">{HtmlWriter.Encode(x.ToString("N0", t.Culture))}</text>");
        }
        w.Tag($"<line x1=\"{F(Left)}\" y1=\"{F(H - Bottom)}\" x2=\"{F(W - Right)}\" y2=\"{F(H - Bottom)}\" class=\"axis\"/>");
        for (var i = 0; i < series.Count; i++)
        {
            var points = series[i].OrderBy(p => p.X).ToList();
            var css = $"s{i % 6}";
            switch (series[i].Key)
            {
                case "observed":
                    foreach (var p in points)
                        w.Tag($"<rect x=\"{F(X(p.X))}\" y=\"{F(Y(p.Y))}\" width=\"{F(Math.Max(1, X(p.X + binWidth) - X(p.X) - 1))}\" height=\"{F(Y(0) - Y(p.Y))}\" class=\"{css}\" fill-opacity=\"0.55\" stroke=\"none\"/>");
                    break;
                case "cap":
                    var cap = points[0].X;
                    w.Tag($"<line x1=\"{F(X(cap))}\" y1=\"{F(Top)}\" x2=\"{F(X(cap))}\" y2=\"{F(H - Bottom)}\" class=\"cap\"/>")
                        .Tag($"<text x=\"{F(X(cap) + 4)}\" y=\"{F(Top + 8)}\" class=\"cap-label\" text-anchor=\"start\">").Text($"{t["cap"]} {cap.ToString("N0", t.Culture)} s").Tag("</text>");
                    break;
                case "peer":
                    foreach (var p in points) w.Tag($"<circle cx=\"{F(X(p.X))}\" cy=\"{F(Y(p.Y))}\" r=\"2.6\" class=\"peer\"/>");
                    break;
                default:
                    w.Tag($"<polyline points=\"{string.Join(" ", points.Select(p => $"{F(X(p.X))},{F(Y(p.Y))}"))}\" class=\"series {css}\" fill=\"none\"/>");
                    if (points.Count <= 40)
                        foreach (var p in points) w.Tag($"<circle cx=\"{F(X(p.X))}\" cy=\"{F(Y(p.Y))}\" r=\"{(points.Count <= 3 ? 4.5 : 2.4)}\" class=\"{css}\"/>");
                    break;
            }
        }
        w.Tag("</svg><figcaption>");
        for (var i = 0; i < series.Count; i++)
        {
            var legend = series[i].Key switch { "peer" => "l5", "cap" => "l4", _ => $"l{i % 6}" };
            w.Tag($"<span class=\"legend {legend}\"><i></i>").Text(t[series[i].Key.Length == 0 ? "values" : series[i].Key]).Tag("</span>");
        }
        w.Tag("</figcaption></figure>");
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 1) return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
