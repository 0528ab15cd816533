using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>A notification on each commit that writes a table the portal caches reads of (see Caching/ChangeFeed).</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261204100000_ChangeNotifications")]
public sealed class ChangeNotifications : SqlMigration;
