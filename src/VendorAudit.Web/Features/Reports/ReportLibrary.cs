using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Periods;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Reports;

public sealed record ReportRow(long Id, string VendorCode, string VendorName, Period Period, string Language, string TemplateVersion,
    string Sha256, int Size, DateTimeOffset CreatedAt, string CreatedBy);

public sealed record ReportsModel(IReadOnlyList<ReportRow> Reports, IReadOnlyList<(int Id, string Name)> Vendors, IReadOnlyList<Period> Periods);

public sealed record ReportFile(byte[] Content, string FileName);

/// <summary>
/// The stored reports, through the scoped context: a vendor user lists and downloads their own vendor's only
/// (another vendor's id is simply not found). The PDF bytes are read only for a download.
/// </summary>
public sealed class ReportLibrary(VendorAuditDbContext db, VendorChoices vendorChoices)
{
    public async Task<ReportsModel> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from r in db.Reports.AsNoTracking()
                          join v in db.Vendors.AsNoTracking() on r.VendorId equals v.Id
                          orderby r.PeriodStart descending, v.Name, r.Language
                          select new { r.Id, v.Code, v.Name, r.PeriodStart, r.Language, r.TemplateVersion, r.Sha256, r.Size, r.CreatedAt, r.CreatedBy })
            .Take(500).ToListAsync(cancellationToken);
        var vendors = await vendorChoices.ListAsync(cancellationToken);
        var periods = await db.VendorScores.AsNoTracking().Select(s => s.PeriodStart).Distinct().OrderByDescending(p => p).ToListAsync(cancellationToken);
        return new ReportsModel(
            rows.Select(r => new ReportRow(r.Id, r.Code, r.Name, Period.Of(r.PeriodStart), r.Language, r.TemplateVersion, r.Sha256, r.Size, r.CreatedAt, r.CreatedBy)).ToList(),
            vendors, periods.Select(Period.Of).ToList());
    }

    public async Task<ReportFile?> FileAsync(long reportId, CancellationToken cancellationToken)
    {
        var found = await (from r in db.Reports.AsNoTracking()
                           join v in db.Vendors.AsNoTracking() on r.VendorId equals v.Id
                           where r.Id == reportId
                           select new { r.Content, v.Code, r.PeriodStart, r.Language }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new ReportFile(found.Content, $"contract-review-{found.Code}-{Period.Of(found.PeriodStart)}-{found.Language}.pdf");
    }
}
