using Microsoft.EntityFrameworkCore;
using Npgsql;
using VendorAudit.Domain.Detection;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Infrastructure.Detection;

/// <summary>What a detection run of one vendor-period did to the stored findings.</summary>
public sealed record DetectionSummary(string Vendor, Period Period, int Calls, int Tested, int New, int Updated, int Withdrawn, int Findings);

/// <summary>
/// Runs the domain's detectors over one vendor's period and stores the result: a finding found
/// again is refreshed (its auditor's decision kept), a new one is added, and an open finding the
/// evidence no longer supports is withdrawn. Decided findings are never withdrawn.
/// </summary>
public sealed class DetectionService(VendorAuditDbContext db, CallFactsReader reader)
{
    public async Task<DetectionSummary> DetectAsync(int vendorId, Period period, CancellationToken cancellationToken = default)
    {
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == vendorId, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        VendorPeriodCalls input;
        try
        {
            input = await reader.ReadAsync(connection, vendorId, period, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        DetectionResult result;
        using (input) result = DetectionRun.Run(input);

        var stored = await db.Findings.Where(f => f.VendorId == vendorId && f.PeriodStart == period.FirstDay).ToListAsync(cancellationToken);
        int added = 0, updated = 0, withdrawn = 0;
        foreach (var found in result.Findings)
        {
            if (stored.FirstOrDefault(f => f.Kind == found.Kind && f.AgentId == found.AgentId) is { } existing)
            {
                // Found again: counted as refreshed, written only if anything in it changed.
                existing.Update(found.Statistics, found.Evidence);
                updated++;
            }
            else
            {
                db.Findings.Add(new Finding(vendorId, found.AgentId, found.Kind, period, found.Statistics, found.Evidence));
                added++;
            }
        }
        foreach (var gone in stored.Where(f => f.Status == FindingStatus.Open
                     && !result.Findings.Any(r => r.Kind == f.Kind && r.AgentId == f.AgentId)))
        {
            db.Findings.Remove(gone);
            withdrawn++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new DetectionSummary(vendor.Code, period, input.TestedCount, result.Tested.Count, added, updated, withdrawn, result.Findings.Count);
    }

    /// <summary>Every vendor's latest months with calls: the nightly run's work list.</summary>
    public async Task<IReadOnlyList<(int VendorId, Period Period)>> RecentWorkAsync(int months, CancellationToken cancellationToken)
    {
        var latest = await db.Calls.GroupBy(c => c.VendorId).Select(g => new { VendorId = g.Key, Last = g.Max(c => c.StartedAt) })
            .ToListAsync(cancellationToken);
        return latest.SelectMany(v => Enumerable.Range(0, months).Select(back => (v.VendorId, Period.Of(v.Last.AddMonths(-back)))))
            .ToList();
    }
}
