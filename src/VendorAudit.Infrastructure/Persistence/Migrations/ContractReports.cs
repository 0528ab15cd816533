using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Rendered contract-review reports (PDF), one per vendor, period and language, with their hash and template version.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202130000_Reports")]
public sealed class ContractReports : SqlMigration;
