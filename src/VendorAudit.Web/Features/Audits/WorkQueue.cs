using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Audits;

public sealed class QueueFilter
{
    /// <summary>"open" (unclaimed), "mine" (claimed by me, not yet scored), "claimed", "scored", "all".</summary>
    public string Show { get; set; } = "open";
    public int? Vendor { get; set; }
    public string? Period { get; set; }
    public SampleKind? Kind { get; set; }
    /// <summary>Keyset paging: the (due date, id) of the last row of the previous page.</summary>
    public DateOnly? AfterDue { get; set; }
    public long? AfterId { get; set; }
}

public sealed record QueueRow(long Id, long CallId, string CallExternalId, string Vendor, string? Agent, SampleKind Kind,
    DateOnly DueDate, SampledCallState State, string? AssignedTo, long? ScorecardId, DateTimeOffset StartedAt);

public sealed record QueueModel(QueueFilter Filter, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<QueueRow> Rows, QueueRow? Last, int MineOpen);

/// <summary>
/// The auditors' work queue: sampled calls by due date, to claim, score, or release. A page of each filter is read
/// once and kept until a sampled call changes (a claim, a release, a scoring, a new plan), which every auditor's
/// next request then reads afresh.
/// </summary>
public sealed class WorkQueue(VendorAuditDbContext db, ReadCache cache, VendorChoices vendorChoices)
{
    private const int PageSize = 50;
    private static readonly string[] QueueTables = [Tables.SampledCalls, Tables.Calls, Tables.Vendors, Tables.Agents];

    public async Task<QueueModel> LoadAsync(QueueFilter filter, string auditor, CancellationToken cancellationToken)
    {
        // Only "mine" depends on who asks; every other filter's page is the same for all auditors.
        var who = filter.Show == "mine" ? auditor : "";
        var key = string.Create(CultureInfo.InvariantCulture,
            $"queue:{filter.Show}:{who}:{filter.Vendor}:{filter.Period}:{filter.Kind}:{filter.AfterDue:O}:{filter.AfterId}");
        var rows = await cache.GetAsync(key, QueueTables, ct => RowsAsync(filter, auditor, ct), cancellationToken);
        var mine = await cache.GetAsync("queue-mine:" + auditor, [Tables.SampledCalls],
            ct => db.SampledCalls.CountAsync(s => s.AssignedTo == auditor && s.State == SampledCallState.Claimed, ct), cancellationToken);
        return new QueueModel(filter, await vendorChoices.ListAsync(cancellationToken), rows.Take(PageSize).ToList(),
            rows.Count > PageSize ? rows[PageSize - 1] : null, mine);
    }

    /// <summary>A page of the queue and the first row of the next, if any.</summary>
    private async Task<IReadOnlyList<QueueRow>> RowsAsync(QueueFilter filter, string auditor, CancellationToken cancellationToken)
    {
        var query = db.SampledCalls.AsNoTracking();
        query = filter.Show switch
        {
            "mine" => query.Where(s => s.AssignedTo == auditor && s.State == SampledCallState.Claimed),
            "claimed" => query.Where(s => s.State == SampledCallState.Claimed),
            "scored" => query.Where(s => s.State == SampledCallState.Scored),
            "all" => query,
            _ => query.Where(s => s.State == SampledCallState.Open),
        };
        if (filter.Vendor is { } vendor) query = query.Where(s => s.VendorId == vendor);
        if (filter.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        if (Period.TryParse(filter.Period, out var period)) query = query.Where(s => s.PeriodStart == period.FirstDay);
        // A row-value comparison, (due_date, id) > (due, id), is an index condition: the next page starts where
        // the last ended. Spelt with OR it is a filter, and every page re-reads the calls before it, which share
        // one due date per plan, so each page of a long queue cost more than the one before.
        if (filter is { AfterDue: { } due, AfterId: { } id })
            query = query.Where(s => EF.Functions.GreaterThan(ValueTuple.Create(s.DueDate, s.Id), ValueTuple.Create(due, id)));
        return await (from s in query
                      join c in db.Calls on s.CallId equals c.Id
                      join v in db.Vendors on s.VendorId equals v.Id
                      orderby s.DueDate, s.Id
                      select new QueueRow(s.Id, c.Id, c.ExternalId, v.Name,
                          db.Agents.Where(a => a.Id == s.AgentId).Select(a => a.DisplayName ?? a.Name).FirstOrDefault(),
                          s.Kind, s.DueDate, s.State, s.AssignedTo, s.ScorecardId, c.StartedAt))
            .Take(PageSize + 1).ToListAsync(cancellationToken);
    }
}
