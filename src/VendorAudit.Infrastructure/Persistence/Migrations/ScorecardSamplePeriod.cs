using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Each sample's scorecard keeps its sample's month, so a vendor-month's latest comments are one index range.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202150000_ScorecardSamplePeriod")]
public sealed class ScorecardSamplePeriod : SqlMigration;
