using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>The callback facts of a call's details as a column of their own, filled for the calls already stored.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261204200000_CallbackFlagsColumn")]
public sealed class CallbackFlagsColumn : SqlMigration;
