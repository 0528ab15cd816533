using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Security;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Scorecards;

/// <summary>
/// Who is looking at a scorecard, and what that allows. The vendor scope is already in the query
/// filters; this adds the audit rules: calibration is blind while open, only auditors edit drafts.
/// </summary>
public sealed class ScorecardViewer(ClaimsPrincipal user)
{
    public string Name => user.Identity?.Name ?? "";
    public bool IsAuditor => user.IsInRole(Roles.Auditor) || user.IsInRole(Roles.Admin);
    public bool IsVendor => user.IsInRole(Roles.Vendor);

    public async Task<bool> MaySeeAsync(VendorAuditDbContext db, Scorecard scorecard, CancellationToken cancellationToken)
    {
        if (scorecard.SampleKind != SampleKind.Calibration) return true;
        if (!IsAuditor) return false;
        if (scorecard.AuditorId == Name) return true;
        // Another auditor's calibration card is hidden until the session is closed: scores are given blind.
        return await db.CalibrationSessions.AnyAsync(c => c.Id == scorecard.CalibrationSessionId && c.Status == CalibrationStatus.Closed, cancellationToken);
    }

    public bool MayEdit(Scorecard scorecard) => IsAuditor && scorecard.IsEditable
        && (scorecard.SampleKind != SampleKind.Calibration || scorecard.AuditorId == Name);
}
