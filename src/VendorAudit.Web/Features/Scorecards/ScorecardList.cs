using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Scorecards;

public sealed class ScorecardFilter
{
    public int? Vendor { get; set; }
    public string? Period { get; set; }
    public ScorecardStatus? Status { get; set; }
    public SampleKind? Kind { get; set; }
    public bool Mine { get; set; }
    /// <summary>Keyset paging: the last id of the previous page (newest first).</summary>
    public long? Before { get; set; }
}

public sealed record ScorecardRow(long Id, long CallId, string CallExternalId, string Vendor, string? Agent, SampleKind Kind,
    ScorecardStatus Status, string Auditor, DateTimeOffset UpdatedAt, decimal? Total);

public sealed record ScorecardListModel(ScorecardFilter Filter, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<ScorecardRow> Rows, long? NextBefore);

/// <summary>Scorecards in the reader's scope (vendor users: their submitted ones), newest first, keyset-paged.</summary>
public sealed class ScorecardList(VendorAuditDbContext db, VendorChoices vendorChoices)
{
    private const int PageSize = 50;

    public async Task<ScorecardListModel> LoadAsync(ScorecardFilter filter, string user, CancellationToken cancellationToken)
    {
        var query = db.Scorecards.AsNoTracking().Where(s => s.SampleKind != SampleKind.Calibration);
        if (filter.Vendor is { } vendor) query = query.Where(s => s.VendorId == vendor);
        if (filter.Status is { } status) query = query.Where(s => s.Status == status);
        if (filter.Kind is { } kind) query = query.Where(s => s.SampleKind == kind);
        if (filter.Mine) query = query.Where(s => s.AuditorId == user);
        if (Period.TryParse(filter.Period, out var period))
            query = query.Where(s => db.Calls.Any(c => c.Id == s.CallId && c.StartedAt >= period.StartUtc && c.StartedAt < period.EndUtc));
        if (filter.Before is { } before) query = query.Where(s => s.Id < before);
        var rows = await (from s in query
                          join c in db.Calls on s.CallId equals c.Id
                          join v in db.Vendors on s.VendorId equals v.Id
                          orderby s.Id descending
                          select new ScorecardRow(s.Id, c.Id, c.ExternalId, v.Name,
                              db.Agents.Where(a => a.Id == s.AgentId).Select(a => a.DisplayName ?? a.Name).FirstOrDefault(),
                              s.SampleKind, s.Status, s.AuditorId, s.UpdatedAt, s.Total))
            .Take(PageSize + 1).ToListAsync(cancellationToken);
        var vendors = await vendorChoices.ListAsync(cancellationToken);
        var next = rows.Count > PageSize ? rows[PageSize - 1].Id : (long?)null;
        return new ScorecardListModel(filter, vendors, rows.Take(PageSize).ToList(), next);
    }
}
