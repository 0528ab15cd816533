using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Calls;

public sealed class CallFilter
{
    public int? Vendor { get; set; }
    public int? Agent { get; set; }
    public string? Period { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public CallOutcome? Outcome { get; set; }
    public EndedBy? EndedBy { get; set; }
    public DurationBand? Talk { get; set; }

    /// <summary>Keyset cursor: the start and id of the last call of the previous page.</summary>
    public string? After { get; set; }
}

/// <summary>Talk-time bands an auditor thinks in: hang-ups, short calls, up to a typical cap, long calls.</summary>
public enum DurationBand { UnderTenSeconds, TenToSixty, OneToFiveMinutes, OverFiveMinutes }

public sealed record CallRowView(long Id, string VendorCode, string? Agent, DateTimeOffset StartedAt, string? Queue,
    int Wait, int Talk, int Handle, CallOutcome Outcome, EndedBy EndedBy, int Transfers);

public sealed record CallSearchModel(CallFilter Filter, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<CallRowView> Calls,
    long Count, bool CountIsAtLeast, string? NextCursor, string? Problem);

/// <summary>
/// Filtered calls, newest first, paged by keyset (start, id) so the hundredth page costs what the
/// first does on millions of calls; the vendor scope of the data layer applies underneath. Calls change
/// by imports (and the retention job), so each filter's page is read once and kept until the next one.
/// </summary>
public sealed class CallSearch(VendorAuditDbContext db, ReadCache cache, VendorChoices vendorChoices)
{
    private const int PageSize = 50;
    private const int CountLimit = 10_000;
    private static readonly string[] PageTables = [Tables.Calls, Tables.Vendors, Tables.Agents];

    private sealed record Page(IReadOnlyList<CallRowView> Calls, long Count, bool CountIsAtLeast, string? NextCursor, string? Problem);

    public async Task<CallSearchModel> RunAsync(CallFilter filter, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture,
            $"calls:{filter.Vendor}:{filter.Agent}:{filter.Period}:{filter.From:O}:{filter.To:O}:{filter.Outcome}:{filter.EndedBy}:{filter.Talk}:{filter.After}");
        var page = await cache.GetAsync(key, PageTables, ct => ReadAsync(filter, ct), cancellationToken);
        return new CallSearchModel(filter, await vendorChoices.ListAsync(cancellationToken), page.Calls, page.Count, page.CountIsAtLeast,
            page.NextCursor, page.Problem);
    }

    private async Task<Page> ReadAsync(CallFilter filter, CancellationToken cancellationToken)
    {
        var (calls, problem) = Apply(filter, db.Calls.AsQueryable(), db.Agents);

        // Counting millions of rows for a label is wasted work: stop at the limit and say "more than".
        var count = await calls.Take(CountLimit + 1).LongCountAsync(cancellationToken);
        var page = calls;
        if (Cursor.TryParse(filter.After, out var afterStart, out var afterId))
            page = page.Where(c => c.StartedAt < afterStart || (c.StartedAt == afterStart && c.Id < afterId));
        var rows = await (from c in page
                          join v in db.Vendors on c.VendorId equals v.Id
                          join a in db.Agents on c.AgentId equals a.Id into agents
                          from a in agents.DefaultIfEmpty()
                          orderby c.StartedAt descending, c.Id descending
                          select new CallRowView(c.Id, v.Code, a == null ? null : a.Name, c.StartedAt, c.Queue, c.WaitSeconds,
                              c.TalkSeconds, c.TalkSeconds + c.HoldSeconds + c.AcwSeconds, c.Outcome, c.EndedBy, c.Transfers))
            .Take(PageSize + 1).ToListAsync(cancellationToken);
        var next = rows.Count > PageSize ? Cursor.Of(rows[PageSize - 1]) : null;
        return new Page(rows.Take(PageSize).ToList(), Math.Min(count, CountLimit), count > CountLimit, next, problem);
    }

    private static (IQueryable<Call>, string?) Apply(CallFilter filter, IQueryable<Call> calls, IQueryable<Agent> agents)
    {
        string? problem = null;
        if (filter.Vendor is { } vendorId) calls = calls.Where(c => c.VendorId == vendorId);
        // The agent's vendor too (a sub-select run once), so the search walks the (vendor, agent, start) index.
        if (filter.Agent is { } agentId)
            calls = calls.Where(c => c.AgentId == agentId
                && c.VendorId == agents.Where(a => a.Id == agentId).Select(a => a.VendorId).FirstOrDefault());
        if (filter.Outcome is { } outcome) calls = calls.Where(c => c.Outcome == outcome);
        if (filter.EndedBy is { } endedBy) calls = calls.Where(c => c.EndedBy == endedBy);
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            calls = calls.Where(c => c.StartedAt >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            calls = calls.Where(c => c.StartedAt < end);
        }
        calls = filter.Talk switch
        {
            DurationBand.UnderTenSeconds => calls.Where(c => c.TalkSeconds < 10),
            DurationBand.TenToSixty => calls.Where(c => c.TalkSeconds >= 10 && c.TalkSeconds < 60),
            DurationBand.OneToFiveMinutes => calls.Where(c => c.TalkSeconds >= 60 && c.TalkSeconds < 300),
            DurationBand.OverFiveMinutes => calls.Where(c => c.TalkSeconds >= 300),
            _ => calls,
        };
        if (!string.IsNullOrWhiteSpace(filter.Period))
        {
            if (Domain.Periods.Period.TryParse(filter.Period, out var period))
                calls = calls.Where(c => c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc);
            else problem = $"Period '{filter.Period}' is not a month like 2026-09.";
        }
        return (calls, problem);
    }

    /// <summary>"{unix milliseconds}-{id}": opaque to users, stable in URLs.</summary>
    private static class Cursor
    {
        public static string Of(CallRowView row) =>
            string.Create(CultureInfo.InvariantCulture, $"{row.StartedAt.ToUnixTimeMilliseconds()}-{row.Id}");

        public static bool TryParse(string? text, out DateTimeOffset start, out long id)
        {
            start = default;
            id = 0;
            var parts = text?.Split('-');
            if (parts is not { Length: 2 } || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)) return false;
            start = DateTimeOffset.FromUnixTimeMilliseconds(ms);
            return true;
        }
    }
}
