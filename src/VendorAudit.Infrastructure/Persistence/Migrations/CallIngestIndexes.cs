using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>
/// Calls lose their per-row foreign keys and the indexes no query needs, so a bulk load pays for
/// little more than the rows and the indexes that serve the portal and detection.
/// </summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202100000_CallIngestIndexes")]
public sealed class CallIngestIndexes : SqlMigration;
