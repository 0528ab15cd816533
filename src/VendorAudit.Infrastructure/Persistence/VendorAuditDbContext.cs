using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Identity;
using VendorAudit.Infrastructure.Tenancy;

namespace VendorAudit.Infrastructure.Persistence;

/// <summary>
/// One context for identity and vendor data. Every vendor-owned set carries a query filter on the
/// caller's <see cref="IVendorScope"/>: this is where vendor isolation is enforced, once.
/// </summary>
public sealed class VendorAuditDbContext(DbContextOptions<VendorAuditDbContext> options, IVendorScope scope)
    : IdentityDbContext<AppUser>(options)
{
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<Call> Calls => Set<Call>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<ImportUpload> ImportUploads => Set<ImportUpload>();

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
        builder.Entity<Scorecard>().HasQueryFilter(s => SeesAllVendors || s.VendorId == ScopedVendorId);
        // A vendor sees its findings once an auditor confirmed them: open ones are still being checked.
        builder.Entity<Finding>().HasQueryFilter(f => SeesAllVendors || (f.VendorId == ScopedVendorId && f.Status == FindingStatus.Confirmed));
        builder.Entity<ImportBatch>().HasQueryFilter(b => SeesAllVendors || b.VendorId == ScopedVendorId);
        builder.Entity<ImportUpload>().HasQueryFilter(u => SeesAllVendors || u.VendorId == ScopedVendorId);

        SnakeCaseNames.Apply(builder);
    }
}
