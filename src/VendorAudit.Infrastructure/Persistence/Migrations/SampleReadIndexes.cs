using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Indexes for reading a vendor-month's sample: the report's latest comments, and the sample by vendor and period.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202140000_SampleReadIndexes")]
public sealed class SampleReadIndexes : SqlMigration;
