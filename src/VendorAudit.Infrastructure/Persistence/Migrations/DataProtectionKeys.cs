using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>The Data Protection key ring, shared by every portal instance through the database.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202160000_DataProtectionKeys")]
public sealed class DataProtectionKeys : SqlMigration;
