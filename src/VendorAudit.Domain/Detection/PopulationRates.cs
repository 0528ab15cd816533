namespace VendorAudit.Domain.Detection;

/// <summary>
/// Rates measured over all vendors of the population for the same period, for the vendor-wide kinds
/// (an agent is compared with its own colleagues, a vendor with everybody else). When a rate is null the
/// tolerated rate of <see cref="DetectionOptions"/> stands in for it.
/// </summary>
/// <param name="SystemDropRate">Share of offered inbound calls the system cut off, over the other vendors.</param>
/// <param name="MissedCallbackRate">Share of callback requests with no callback, over the other vendors.</param>
public sealed record PopulationRates(double? SystemDropRate = null, double? MissedCallbackRate = null);
