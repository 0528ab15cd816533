using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>Vendor scores per period: headline figures as columns, intervals, KPIs and the bonus/malus statement as a document.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202120000_VendorScores")]
public sealed class VendorScores : SqlMigration;
