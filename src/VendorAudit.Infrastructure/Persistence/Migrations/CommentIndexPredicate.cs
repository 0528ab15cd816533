using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace VendorAudit.Infrastructure.Persistence.Migrations;

/// <summary>The report's comments index, with a predicate that the query EF Core sends for it implies.</summary>
[DbContext(typeof(VendorAuditDbContext))]
[Migration("20261204110000_CommentIndexPredicate")]
public sealed class CommentIndexPredicate : SqlMigration;
