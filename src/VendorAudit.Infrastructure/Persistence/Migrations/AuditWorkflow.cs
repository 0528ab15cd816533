using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>The audit workflow: template versions, sampling plans and their work queue, scorecard history, disputes, calibration, transcripts.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261202110000_AuditWorkflow")]
public sealed class AuditWorkflow : SqlMigration;
