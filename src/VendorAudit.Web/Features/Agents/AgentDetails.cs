using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Agents;

public sealed record AgentMonth(int Year, int Month, long Answered, long EndedByAgent, long EndedByAgentWithin10s, double AverageHandle);

public sealed record AgentDetailsModel(Agent Agent, Vendor Vendor, IReadOnlyList<AgentMonth> Months);

/// <summary>An agent's answered calls month by month: how many, who ended them, how long. Null when out of scope.</summary>
public sealed class AgentDetails(VendorAuditDbContext db)
{
    public async Task<AgentDetailsModel?> LoadAsync(int agentId, CancellationToken cancellationToken)
    {
        var agent = await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken);
        if (agent is null) return null;
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == agent.VendorId, cancellationToken);
        // With the vendor, the lookup walks the (vendor, agent, start) index rather than every call.
        var calls = await db.Calls.Where(c => c.VendorId == agent.VendorId && c.AgentId == agentId)
            .Select(c => new { c.StartedAt, c.EndedBy, c.TalkSeconds, Handle = c.TalkSeconds + c.HoldSeconds + c.AcwSeconds })
            .ToListAsync(cancellationToken);
        var months = calls.GroupBy(c => (c.StartedAt.UtcDateTime.Year, c.StartedAt.UtcDateTime.Month)).OrderBy(g => g.Key)
            .Select(g => new AgentMonth(g.Key.Year, g.Key.Month, g.LongCount(),
                g.LongCount(c => c.EndedBy == EndedBy.Agent),
                g.LongCount(c => c.EndedBy == EndedBy.Agent && c.TalkSeconds <= 10),
                g.Average(c => (double)c.Handle)))
            .ToList();
        return new AgentDetailsModel(agent, vendor, months);
    }
}
