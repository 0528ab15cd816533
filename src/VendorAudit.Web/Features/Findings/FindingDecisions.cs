using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Infrastructure.Persistence;

namespace VendorAudit.Web.Features.Findings;

public sealed class DecisionForm
{
    /// <summary>"confirm" or "dismiss".</summary>
    public string Decision { get; set; } = "";

    [StringLength(2000)]
    public string Reason { get; set; } = "";

    /// <summary>The version the auditor read; a decision taken meanwhile by someone else wins and is shown.</summary>
    public uint Version { get; set; }
}

public sealed record DecisionOutcome(string? Problem);

/// <summary>An auditor confirms or dismisses a finding, with a reason; only confirmed findings count against the vendor.</summary>
public sealed class FindingDecisions(VendorAuditDbContext db, TimeProvider clock)
{
    public async Task<DecisionOutcome?> DecideAsync(long findingId, DecisionForm form, string auditor, CancellationToken cancellationToken)
    {
        var finding = await db.Findings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding is null) return null;
        if (finding.Version != form.Version)
            return new DecisionOutcome("Someone decided on this finding after you opened it; read the decision below before changing it.");
        try
        {
            switch (form.Decision)
            {
                case "confirm": finding.Confirm(auditor, form.Reason, clock.GetUtcNow()); break;
                case "dismiss": finding.Dismiss(auditor, form.Reason, clock.GetUtcNow()); break;
                default: return new DecisionOutcome("Choose to confirm or to dismiss the finding.");
            }
            await db.SaveChangesAsync(cancellationToken);
            return new DecisionOutcome(null);
        }
        catch (DomainException e)
        {
            return new DecisionOutcome(e.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new DecisionOutcome("Someone decided on this finding at the same moment; read the decision below before changing it.");
        }
    }
}
