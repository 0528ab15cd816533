namespace VendorAudit.Domain.Detection;

/// <summary>
/// Every threshold of detection, with its default and why. A finding needs all three: a q-value at or
/// under <see cref="MaxQValue"/>, an effect at least the practical minimum of its kind, and the minimum
/// sample (below which nothing is tested at all, so that it does not even enter the family).
/// </summary>
public sealed record DetectionOptions
{
    public static DetectionOptions Default { get; } = new();

    /// <summary>False-discovery rate over everything tested in a run: at most 1 finding in 100 is expected to be chance.</summary>
    public double MaxQValue { get; init; } = 0.01;

    /// <summary>An agent needs this many answered calls in the period to be tested: about a week of full-time work.</summary>
    public int MinAgentCalls { get; init; } = 100;

    /// <summary>
    /// An agent whose pass-one p-value is under this family-wise level (Bonferroni over the agents tested)
    /// leaves the peer pool of pass two, so that one blatant abuser does not raise the baseline and hide a subtle one.
    /// </summary>
    public double StandOutLevel { get; init; } = 0.01;

    /// <summary>Supporting calls listed per finding, most telling first.</summary>
    public int MaxEvidenceCalls { get; init; } = 200;

    /// <summary>agent-hangup: a call ended by the agent within this much talk was not a conversation.</summary>
    public int QuickHangupTalkSeconds { get; init; } = 10;

    /// <summary>agent-hangup: the agent's share must exceed the peers' by 2 points: one answered call in 50 hung up on.</summary>
    public double MinHangupEffect { get; init; } = 0.02;

    /// <summary>queue-dumping: talk up to this is a release, not an answer (the seconds it takes to say the greeting).</summary>
    public int DumpTalkSeconds { get; init; } = 3;

    /// <summary>queue-dumping: a wait from this on is a long one; a minute is three times the classic 20 s service-level threshold.</summary>
    public int LongWaitSeconds { get; init; } = 60;

    /// <summary>queue-dumping: the agent needs this many long-wait calls to be tested (long waits are rare on a healthy queue).</summary>
    public int MinLongWaitCalls { get; init; } = 20;

    /// <summary>queue-dumping: the release share after long waits must exceed the peers' by 3 points: one long-wait caller in 33 released.</summary>
    public double MinDumpEffect { get; init; } = 0.03;

    /// <summary>queue-dumping: releases after long waits must be at least this many times as frequent as after short ones.</summary>
    public double MinDumpConcentration { get; init; } = 3;

    /// <summary>handle-time-gaming: width of the windows just under and just over the cap.</summary>
    public int BunchingWindowSeconds { get; init; } = 20;

    /// <summary>handle-time-gaming: the counterfactual is fitted on this many seconds either side of the cap.</summary>
    public int BunchingFitSeconds { get; init; } = 120;

    /// <summary>handle-time-gaming: histogram bin width.</summary>
    public int BunchingBinSeconds { get; init; } = 4;

    /// <summary>handle-time-gaming: degree of the counterfactual polynomial; a cubic follows a smooth density over 4 minutes.</summary>
    public int BunchingDegree { get; init; } = 3;

    /// <summary>handle-time-gaming: the excess under the cap must be at least 2 % of the agent's handled calls.</summary>
    public double MinBunchingEffect { get; init; } = 0.02;

    /// <summary>handle-time-gaming: handled calls an agent needs within the fitted range to be tested.</summary>
    public int MinBunchingCalls { get; init; } = 60;

    /// <summary>
    /// handle-time-gaming without a contract cap: the first candidate cap scanned. From 3 minutes the fitted
    /// range stays clear of the spike of very short calls (wrong numbers, hang-ups) that no polynomial follows.
    /// </summary>
    public int CapSearchFrom { get; init; } = 180;

    /// <summary>handle-time-gaming without a contract cap: the last candidate cap scanned (30 minutes).</summary>
    public int CapSearchTo { get; init; } = 1800;

    /// <summary>
    /// handle-time-gaming without a contract cap: a cap is only believed when its vendor-wide excess has a
    /// p-value under this (about 6 standard errors), since more than a thousand caps are scanned.
    /// </summary>
    public double CapDiscoveryMaxP { get; init; } = 1e-9;

    /// <summary>transfer-deflection: the transfer rate must exceed the peers' by 5 points.</summary>
    public double MinTransferEffect { get; init; } = 0.05;

    /// <summary>transfer-deflection: transferred calls needed to judge the repeats that follow them.</summary>
    public int MinTransfers { get; init; } = 10;

    /// <summary>system-drop: the share of offered calls a well-run queue may cut off when no population rate is known.</summary>
    public double ToleratedSystemDropRate { get; init; } = 0.005;

    /// <summary>system-drop: the drop rate must exceed the tolerated (or population) rate by half a point.</summary>
    public double MinSystemDropEffect { get; init; } = 0.005;

    /// <summary>system-drop: offered inbound calls needed to test a vendor.</summary>
    public int MinOfferedCalls { get; init; } = 500;

    /// <summary>callback-not-honored: the share of requests a vendor may miss when no population rate is known.</summary>
    public double ToleratedMissedCallbackRate { get; init; } = 0.05;

    /// <summary>callback-not-honored: the missed share must exceed the tolerated (or population) rate by 5 points.</summary>
    public double MinMissedCallbackEffect { get; init; } = 0.05;

    /// <summary>callback-not-honored: judged requests needed to test a vendor.</summary>
    public int MinCallbackRequests { get; init; } = 20;
}
