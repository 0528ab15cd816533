using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Portal uploads waiting for, or going through, the background import.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261122090000_ImportUploads")]
public sealed class ImportUploads : SqlMigration;
