using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Calls;

public sealed class CallFilter
{
    public int? Vendor { get; set; }
    public int? Agent { get; set; }
    public string? Period { get; set; }
    public CallOutcome? Outcome { get; set; }
    public EndedBy? EndedBy { get; set; }
    public int? Page { get; set; }
}

public sealed record CallRowView(long Id, string VendorCode, string? Agent, DateTimeOffset StartedAt, string? Queue,
    int Wait, int Talk, int Handle, CallOutcome Outcome, EndedBy EndedBy, int Transfers);

public sealed record CallSearchModel(CallFilter Filter, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<CallRowView> Calls, Page Page, string? Problem);

/// <summary>Filtered, paged calls, newest first; the vendor scope of the data layer applies underneath.</summary>
public sealed class CallSearch(VendorAuditDbContext db)
{
    private const int PageSize = 50;

    public async Task<CallSearchModel> RunAsync(CallFilter filter, CancellationToken cancellationToken)
    {
        var vendors = (await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken))
            .Select(v => (v.Id, v.Name)).ToList();
        var calls = db.Calls.AsQueryable();
        string? problem = null;
        if (filter.Vendor is { } vendorId) calls = calls.Where(c => c.VendorId == vendorId);
        if (filter.Agent is { } agentId) calls = calls.Where(c => c.AgentId == agentId);
        if (filter.Outcome is { } outcome) calls = calls.Where(c => c.Outcome == outcome);
        if (filter.EndedBy is { } endedBy) calls = calls.Where(c => c.EndedBy == endedBy);
        if (!string.IsNullOrWhiteSpace(filter.Period))
        {
            if (Domain.Periods.Period.TryParse(filter.Period, out var period))
                calls = calls.Where(c => c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
            else problem = $"Period '{filter.Period}' is not a month like 2026-09.";
        }

        var total = await calls.LongCountAsync(cancellationToken);
        var page = new Page(Page.Clamp(filter.Page), PageSize, total, "/calls", new Dictionary<string, string?>
        {
            ["vendor"] = filter.Vendor?.ToString(), ["agent"] = filter.Agent?.ToString(), ["period"] = filter.Period,
            ["outcome"] = filter.Outcome?.ToString(), ["endedBy"] = filter.EndedBy?.ToString(),
        });
        var rows = await (from c in calls
                          join v in db.Vendors on c.VendorId equals v.Id
                          join a in db.Agents on c.AgentId equals a.Id into agents
                          from a in agents.DefaultIfEmpty()
                          orderby c.StartedAt descending, c.Id descending
                          select new CallRowView(c.Id, v.Code, a == null ? null : a.Name, c.StartedAt, c.Queue, c.WaitSeconds,
                              c.TalkSeconds, c.TalkSeconds + c.HoldSeconds + c.AcwSeconds, c.Outcome, c.EndedBy, c.Transfers))
            .Skip(page.Skip).Take(PageSize).ToListAsync(cancellationToken);
        return new CallSearchModel(filter, vendors, rows, page, problem);
    }
}
