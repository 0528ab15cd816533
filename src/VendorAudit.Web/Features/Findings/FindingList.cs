using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Caching;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Findings;

public sealed class FindingFilter
{
    public int? Vendor { get; set; }
    public string? Kind { get; set; }
    public FindingStatus? Status { get; set; }
    public string? Period { get; set; }
}

public sealed record FindingRow(long Id, string VendorCode, string VendorName, string? Agent, string Kind, Period Period,
    FindingStatus Status, int Calls, double Effect, double QValue, string Summary);

public sealed record FindingListModel(FindingFilter Filter, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<FindingRow> Findings);

/// <summary>
/// Findings in the caller's scope, open ones first, the strongest evidence first. The list of each filter is read
/// once and kept until a finding (or a vendor or agent) changes, so a decision shows on the next request.
/// </summary>
public sealed class FindingList(VendorAuditDbContext db, ReadCache cache, VendorChoices vendorChoices)
{
    private const int Limit = 500;
    private static readonly string[] ListTables = [Tables.Findings, Tables.Vendors, Tables.Agents];

    private sealed record Listed(long Id, string Code, string Name, string? Agent, string Kind, DateOnly PeriodStart, FindingStatus Status,
        int CallCount, double Effect, double QValue, string Summary, string? SummaryFr);

    public async Task<FindingListModel> LoadAsync(FindingFilter filter, CancellationToken cancellationToken)
    {
        Period? period = Period.TryParse(filter.Period, out var p) ? p : null;
        var key = string.Create(CultureInfo.InvariantCulture, $"findings:{filter.Vendor}:{filter.Kind}:{filter.Status}:{period}");
        var rows = await cache.GetAsync(key, ListTables, ct => ReadAsync(filter, period, ct), cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new FindingListModel(filter, await vendorChoices.ListAsync(cancellationToken), rows.Select(r => new FindingRow(r.Id, r.Code, r.Name,
            r.Agent, r.Kind, Period.Of(r.PeriodStart), r.Status, r.CallCount, r.Effect, r.QValue,
            FindingEvidence.SummaryIn(language, r.Summary, r.SummaryFr))).ToList());
    }

    private async Task<IReadOnlyList<Listed>> ReadAsync(FindingFilter filter, Period? period, CancellationToken cancellationToken)
    {
        var findings = db.Findings.AsQueryable();
        if (filter.Vendor is { } vendorId) findings = findings.Where(f => f.VendorId == vendorId);
        if (!string.IsNullOrEmpty(filter.Kind)) findings = findings.Where(f => f.Kind == filter.Kind);
        if (filter.Status is { } status) findings = findings.Where(f => f.Status == status);
        if (period is { } chosen) findings = findings.Where(f => f.PeriodStart == chosen.FirstDay);

        return await (from f in findings
                      join v in db.Vendors on f.VendorId equals v.Id
                      join a in db.Agents on f.AgentId equals a.Id into agents
                      from a in agents.DefaultIfEmpty()
                      orderby f.Status, f.PeriodStart descending, f.QValue
                      select new Listed(f.Id, v.Code, v.Name, a == null ? null : a.Name, f.Kind, f.PeriodStart, f.Status, f.CallCount, f.Effect, f.QValue,
                          f.Evidence.Summary, f.Evidence.SummaryFr))
            .Take(Limit).ToListAsync(cancellationToken);
    }
}
