using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Findings;

public sealed record SupportingCall(long Id, DateTimeOffset StartedAt, int Wait, int Talk, string EndedBy);

public sealed record FindingDetailsModel(Finding Finding, Vendor Vendor, Agent? Agent, IReadOnlyList<SupportingCall> Calls);

/// <summary>One finding with its evidence: statistics, chart, the calls behind it, and the decision. Null when out of scope.</summary>
public sealed class FindingView(VendorAuditDbContext db)
{
    private const int CallsShown = 100;

    public async Task<FindingDetailsModel?> LoadAsync(long findingId, CancellationToken cancellationToken)
    {
        var finding = await db.Findings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding is null) return null;
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == finding.VendorId, cancellationToken);
        var agent = finding.AgentId is { } agentId ? await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken) : null;
        var ids = finding.Evidence.CallIds.Take(CallsShown).ToList();
        // Through the scoped context too: evidence never shows a call the reader may not see.
        var calls = await db.Calls.Where(c => ids.Contains(c.Id)).OrderBy(c => c.StartedAt)
            .Select(c => new { c.Id, c.StartedAt, c.WaitSeconds, c.TalkSeconds, c.EndedBy }).ToListAsync(cancellationToken);
        return new FindingDetailsModel(finding, vendor, agent,
            calls.Select(c => new SupportingCall(c.Id, c.StartedAt, c.WaitSeconds, c.TalkSeconds, c.EndedBy.ToString())).ToList());
    }
}
