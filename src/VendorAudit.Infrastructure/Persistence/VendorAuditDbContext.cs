using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Scoring;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Reports;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Persistence;

/// <summary>
/// One context for identity and vendor data. Every vendor-owned set carries a query filter on the
/// caller's <see cref="IVendorScope"/>: this is where vendor isolation is enforced, once.
/// Contexts are pooled (building one's services cost more than most queries), so the scope is set on each
/// lease (<see cref="ScopedTo"/>) and taken away when it ends: a context nobody scoped sees no vendor at all.
/// </summary>
public sealed class VendorAuditDbContext(DbContextOptions<VendorAuditDbContext> options) : IdentityDbContext<AppUser>(options)
{
    private static readonly IVendorScope NoVendor = new SingleVendorScope(null);
    private IVendorScope scope = NoVendor;

    /// <summary>Whose data this context reads and writes from now on.</summary>
    public VendorAuditDbContext ScopedTo(IVendorScope vendorScope)
    {
        scope = vendorScope;
        return this;
    }

    // Back to the pool with no scope, so that the next lease cannot read with this one's.
    public override void Dispose()
    {
        scope = NoVendor;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        scope = NoVendor;
        return base.DisposeAsync();
    }

    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();
    public DbSet<ScorecardRevision> ScorecardRevisions => Set<ScorecardRevision>();
    public DbSet<Dispute> Disputes => Set<Dispute>();
    public DbSet<SamplingPlan> SamplingPlans => Set<SamplingPlan>();
    public DbSet<SampledCall> SampledCalls => Set<SampledCall>();
    public DbSet<CalibrationSession> CalibrationSessions => Set<CalibrationSession>();
    public DbSet<PublishedTemplate> ScorecardTemplates => Set<PublishedTemplate>();
    public DbSet<CallTranscript> CallTranscripts => Set<CallTranscript>();
    public DbSet<VendorPeriodScore> VendorScores => Set<VendorPeriodScore>();
    public DbSet<ContractReport> Reports => Set<ContractReport>();
    public DbSet<Identity.DataProtectionKeyRow> DataProtectionKeys => Set<Identity.DataProtectionKeyRow>();

    // Read by the query filters; EF Core evaluates them per context instance, as parameters.
    private bool SeesAllVendors => scope.SeesAllVendors;
    private int? ScopedVendorId => scope.VendorId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(VendorAuditDbContext).Assembly);

        builder.Entity<Vendor>().HasQueryFilter(v => SeesAllVendors || v.Id == ScopedVendorId);
        builder.Entity<Agent>().HasQueryFilter(a => SeesAllVendors || a.VendorId == ScopedVendorId);
        builder.Entity<Contract>().HasQueryFilter(c => SeesAllVendors || c.VendorId == ScopedVendorId);
        builder.Entity<Call>().HasQueryFilter(c => SeesAllVendors || c.VendorId == ScopedVendorId);
        // Vendors see submitted work only: never an auditor's draft, never calibration (it grades auditors, not vendors).
        builder.Entity<Scorecard>().HasQueryFilter(s => SeesAllVendors
            || (s.VendorId == ScopedVendorId && s.Status != ScorecardStatus.Draft && s.SampleKind != SampleKind.Calibration));
        builder.Entity<ScorecardRevision>().HasQueryFilter(r => SeesAllVendors
            || (r.VendorId == ScopedVendorId && r.Kind != RevisionKind.Created && r.Kind != RevisionKind.DraftSaved));
        builder.Entity<Dispute>().HasQueryFilter(d => SeesAllVendors || d.VendorId == ScopedVendorId);
        builder.Entity<SamplingPlan>().HasQueryFilter(p => SeesAllVendors);
        builder.Entity<SampledCall>().HasQueryFilter(s => SeesAllVendors);
        builder.Entity<CalibrationSession>().HasQueryFilter(c => SeesAllVendors);
        builder.Entity<CallTranscript>().HasQueryFilter(t => SeesAllVendors || t.VendorId == ScopedVendorId);
        // A vendor reads its own scores only; its rank is in its own row ("3rd of 5"), never the others' rows.
        builder.Entity<VendorPeriodScore>().HasQueryFilter(s => SeesAllVendors || s.VendorId == ScopedVendorId);
        // A vendor sees its findings once an auditor confirmed them: open ones are still being checked.
        builder.Entity<Finding>().HasQueryFilter(f => SeesAllVendors || (f.VendorId == ScopedVendorId && f.Status == FindingStatus.Confirmed));
        builder.Entity<ImportBatch>().HasQueryFilter(b => SeesAllVendors || b.VendorId == ScopedVendorId);
        builder.Entity<ImportUpload>().HasQueryFilter(u => SeesAllVendors || u.VendorId == ScopedVendorId);
        builder.Entity<ContractReport>().HasQueryFilter(r => SeesAllVendors || r.VendorId == ScopedVendorId);

        SnakeCaseNames.Apply(builder);
    }
}
