using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Identity, vendors, agents, contracts, calls, scorecards, findings and import batches.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261122080000_InitialSchema")]
public sealed class InitialSchema : SqlMigration;
