using VendorAudit.Domain.Detection.Detectors;
using VendorAudit.Domain.Detection.Statistics;
using VendorAudit.Domain.Findings;

namespace VendorAudit.Domain.Detection;

/// <summary>
/// Runs every detector over one vendor's period and corrects for multiple testing across all of it: every
/// agent × every kind, plus the vendor-wide tests, form one Benjamini–Hochberg family. Testing fifty agents
/// for six abuses is three hundred chances to be unlucky; the q-value says how likely a finding is one of them.
/// </summary>
public static class DetectionRun
{
    public static IReadOnlyList<IDetector> Detectors(DetectionOptions options) =>
    [
        new AgentHangupDetector(options),
        new QueueDumpingDetector(options),
        new HandleTimeGamingDetector(options),
        new TransferDeflectionDetector(options),
        new SystemDropDetector(options),
        new CallbackNotHonoredDetector(options),
    ];

    public static DetectionResult Run(VendorPeriodCalls input, DetectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= DetectionOptions.Default;
        var candidates = new List<Candidate>();
        foreach (var detector in Detectors(options)) candidates.AddRange(detector.Test(input));

        var p = new double[candidates.Count];
        for (var i = 0; i < p.Length; i++) p[i] = candidates[i].PValue;
        var q = BenjaminiHochberg.QValues(p);

        var findings = new List<DetectedFinding>();
        var tested = new List<TestedHypothesis>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var kept = q[i] <= options.MaxQValue && c.IsPractical;
            tested.Add(new TestedHypothesis(c.Kind, c.AgentId, c.CallCount, c.Effect, c.PValue, q[i], kept));
            if (kept) findings.Add(new DetectedFinding(c.Kind, c.AgentId, new FindingStatistics(c.CallCount, c.Effect, c.PValue, q[i]), c.Explain()));
        }
        findings.Sort((a, b) => a.Statistics.QValue.CompareTo(b.Statistics.QValue));
        return new DetectionResult(findings, tested);
    }
}
