using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;

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

/// <summary>Findings in the caller's scope, open ones first, the strongest evidence first.</summary>
public sealed class FindingList(VendorAuditDbContext db)
{
    public async Task<FindingListModel> LoadAsync(FindingFilter filter, CancellationToken cancellationToken)
    {
        var findings = db.Findings.AsQueryable();
        if (filter.Vendor is { } vendorId) findings = findings.Where(f => f.VendorId == vendorId);
        if (!string.IsNullOrEmpty(filter.Kind)) findings = findings.Where(f => f.Kind == filter.Kind);
        if (filter.Status is { } status) findings = findings.Where(f => f.Status == status);
        if (Period.TryParse(filter.Period, out var period)) findings = findings.Where(f => f.PeriodStart == period.FirstDay);

        var rows = await (from f in findings
                          join v in db.Vendors on f.VendorId equals v.Id
                          join a in db.Agents on f.AgentId equals a.Id into agents
                          from a in agents.DefaultIfEmpty()
                          orderby f.Status, f.PeriodStart descending, f.QValue
                          select new { f.Id, v.Code, v.Name, Agent = a == null ? null : a.Name, f.Kind, f.PeriodStart, f.Status, f.CallCount, f.Effect, f.QValue, f.Evidence.Summary, f.Evidence.SummaryFr })
            .Take(500).ToListAsync(cancellationToken);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var vendors = (await db.Vendors.OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken))
            .Select(v => (v.Id, v.Name)).ToList();
        return new FindingListModel(filter, vendors, rows.Select(r => new FindingRow(r.Id, r.Code, r.Name, r.Agent, r.Kind,
            Period.Of(r.PeriodStart), r.Status, r.CallCount, r.Effect, r.QValue,
            FindingEvidence.SummaryIn(language, r.Summary, r.SummaryFr))).ToList());
    }
}
