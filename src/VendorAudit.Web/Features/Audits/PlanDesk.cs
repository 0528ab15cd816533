using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Periods;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Audits;
using VendorAudit.Infrastructure.Persistence;
using VendorAudit.Web.Features.Shared;

namespace VendorAudit.Web.Features.Audits;

public sealed class PlanForm
{
    public int VendorId { get; set; }
    public string Period { get; set; } = "";
    public double Margin { get; set; } = 0.05;
    public double Confidence { get; set; } = 0.95;
}

public sealed record PlanRow(long Id, string Vendor, Period Period, int Population, int Random, int Targeted, int Scored, DateOnly Due);

public sealed record PlansModel(IReadOnlyList<PlanRow> Plans, IReadOnlyList<(int Id, string Name)> Vendors, PlanForm Form, string? Problem);

public sealed record PlanProgress(SampleKind Kind, SampledCallState State, int Count);

public sealed record PlanModel(SamplingPlan Plan, Vendor Vendor, SampleSizeCalculation Calculation, IReadOnlyList<PlanProgress> Progress);

/// <summary>Sampling plans: list, draw (through <see cref="SamplingPlanner"/>), and the plan page with its arithmetic.</summary>
public sealed class PlanDesk(VendorAuditDbContext db, SamplingPlanner planner, TimeProvider clock, VendorChoices vendorChoices)
{
    public async Task<PlansModel> ListAsync(PlanForm? form, string? problem, CancellationToken cancellationToken)
    {
        var plans = await (from p in db.SamplingPlans.AsNoTracking()
                           join v in db.Vendors on p.VendorId equals v.Id
                           orderby p.PeriodStart descending, v.Name
                           select new { p.Id, v.Name, p.PeriodStart, p.Population, p.RandomSize, p.TargetedSize, p.DueDate,
                               Scored = db.SampledCalls.Count(s => s.PlanId == p.Id && s.State == SampledCallState.Scored) })
            .Take(200).ToListAsync(cancellationToken);
        var vendors = await vendorChoices.ListAsync(cancellationToken);
        return new PlansModel(plans.Select(p => new PlanRow(p.Id, p.Name, Period.Of(p.PeriodStart), p.Population, p.RandomSize, p.TargetedSize, p.Scored, p.DueDate)).ToList(),
            vendors, form ?? new PlanForm { Period = Period.Of(clock.GetUtcNow()).Previous().ToString() }, problem);
    }

    public async Task<(long? PlanId, string? Problem)> CreateAsync(PlanForm form, string by, CancellationToken cancellationToken)
    {
        if (!Period.TryParse(form.Period, out var period)) return (null, "Period: expected YYYY-MM.");
        try
        {
            var (plan, _) = await planner.CreateOrGetAsync(new PlanRequest(form.VendorId, period, form.Margin, form.Confidence), by, cancellationToken);
            return (plan.Id, null);
        }
        catch (DomainException e) { return (null, e.Message); }
        catch (DbUpdateException) { return (null, "A plan for this vendor and month was drawn at the same moment; open it from the list."); }
    }

    public async Task<int?> PullTargetedAsync(long planId, CancellationToken cancellationToken) =>
        await db.SamplingPlans.SingleOrDefaultAsync(p => p.Id == planId, cancellationToken) is { } plan
            ? await planner.AddTargetedAsync(plan, cancellationToken) : null;

    public async Task<PlanModel?> LoadAsync(long planId, CancellationToken cancellationToken)
    {
        var plan = await db.SamplingPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null) return null;
        var vendor = await db.Vendors.AsNoTracking().SingleAsync(v => v.Id == plan.VendorId, cancellationToken);
        var progress = await db.SampledCalls.Where(s => s.PlanId == planId).GroupBy(s => new { s.Kind, s.State })
            .Select(g => new PlanProgress(g.Key.Kind, g.Key.State, g.Count())).ToListAsync(cancellationToken);
        return new PlanModel(plan, vendor, plan.Calculation, progress);
    }
}
