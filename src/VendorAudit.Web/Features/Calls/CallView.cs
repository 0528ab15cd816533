using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Calls;

public sealed record CallDetailsModel(Call Call, Vendor Vendor, Agent? Agent, int CallsFromSameCallerWithin72h, IReadOnlyList<Scorecard> Scorecards, CallTranscript? Transcript);

/// <summary>One call with its timeline facts, its vendor and agent, repeat contacts and scorecards. Null when out of scope.</summary>
public sealed class CallView(VendorAuditDbContext db)
{
    public async Task<CallDetailsModel?> LoadAsync(long callId, CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId, cancellationToken);
        if (call is null) return null;
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == call.VendorId, cancellationToken);
        var agent = call.AgentId is { } agentId ? await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agentId, cancellationToken) : null;
        var repeats = 0;
        if (call.CallerHash is { } caller)
        {
            var until = call.StartedAt.AddHours(72);
            repeats = await db.Calls.CountAsync(c => c.VendorId == call.VendorId && c.CallerHash == caller
                && c.StartedAt > call.StartedAt && c.StartedAt <= until, cancellationToken);
        }
        var scorecards = await db.Scorecards.AsNoTracking().Where(s => s.CallId == callId).ToListAsync(cancellationToken);
        var transcript = await db.CallTranscripts.AsNoTracking().SingleOrDefaultAsync(t => t.CallId == callId, cancellationToken);
        return new CallDetailsModel(call, vendor, agent, repeats, scorecards, transcript);
    }
}
