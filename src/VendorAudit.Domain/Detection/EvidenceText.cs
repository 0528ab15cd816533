using System.Globalization;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Detection;

/// <summary>Numbers as a procurement reader expects them in a summary, and the charts several kinds share.</summary>
internal static class EvidenceText
{
    /// <summary>The same numbers as a French reader writes them (12,5 %, 1 234, 4,5 h), for the French summary.</summary>
    public static class Fr
    {
        private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
        private const string Space = "\u00A0"; // no line break between a number and its unit

        public static string Percent(double share) => (share * 100).ToString("0.#", French) + Space + "%";

        public static string Count(long value) => value.ToString("#,0", French);

        public static string Whole(double value) => Count((long)Math.Round(value));

        public static string Signed(double value) => (value >= 0 ? "+" : "−") + Whole(Math.Abs(value));

        public static string Seconds(double value) => value.ToString("0", French) + Space + "s";

        public static string Window(TimeSpan window) => window.TotalHours >= 1
            ? window.TotalHours.ToString("0.#", French) + Space + "h"
            : window.TotalMinutes.ToString("0", French) + Space + "min";
    }

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Whole(double value) => Count((long)Math.Round(value));

    public static string Signed(double value) => (value >= 0 ? "+" : "−") + Whole(Math.Abs(value));

    public static string Seconds(double value) => value.ToString("0", CultureInfo.InvariantCulture) + " s";

    public static string Window(TimeSpan window) => window.TotalHours >= 1
        ? window.TotalHours.ToString("0.#", CultureInfo.InvariantCulture) + " h"
        : window.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min";

    /// <summary>
    /// Funnel plot: each tested agent's rate against its number of calls ("peer" and "agent" series), the
    /// peers' rate ("peer rate") and the 3-sigma band around it ("upper limit"), where chance alone rarely reaches.
    /// </summary>
    public static List<ChartPoint> Funnel(PeerResult[] results, bool[] tested, int agent)
    {
        var points = new List<ChartPoint>();
        var maxTrials = 0;
        for (var a = 0; a < results.Length; a++)
        {
            if (!tested[a]) continue;
            maxTrials = Math.Max(maxTrials, results[a].Trials);
            points.Add(new ChartPoint { X = results[a].Trials, Y = results[a].Rate, Series = a == agent ? "agent" : "peer" });
        }
        var rate = results[agent].PeerRate;
        for (var step = 1; step <= 10; step++)
        {
            var n = Math.Max(1.0, maxTrials * step / 10.0);
            points.Add(new ChartPoint { X = n, Y = rate, Series = "peer rate" });
            points.Add(new ChartPoint { X = n, Y = Math.Min(1, rate + 3 * Math.Sqrt(rate * (1 - rate) / n)), Series = "upper limit" });
        }
        return points;
    }

    /// <summary>The first <paramref name="max"/> ids, the telling ones (followed by a repeat call, say) first.</summary>
    public static List<long> TopCalls(List<long> telling, List<long> others, int max)
    {
        var ids = new List<long>(Math.Min(max, telling.Count + others.Count));
        foreach (var id in telling) { if (ids.Count >= max) break; ids.Add(id); }
        foreach (var id in others) { if (ids.Count >= max) break; ids.Add(id); }
        return ids;
    }
}
