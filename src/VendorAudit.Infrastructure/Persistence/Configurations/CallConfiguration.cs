using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Calls;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls");
        // The platform's own id, compared byte for byte: the "C" collation makes the unique index on
        // it, checked for every imported call, markedly cheaper than the database's locale.
        builder.Property(c => c.ExternalId).HasMaxLength(128).UseCollation("C");
        builder.Property(c => c.Queue).HasMaxLength(80);
        builder.Property(c => c.CallerHash).HasMaxLength(32);
        builder.Ignore(c => c.WasAnswered);
        builder.Ignore(c => c.HandleSeconds);
        builder.Ignore(c => c.EndedAt);
        builder.OwnsOne(c => c.Details, details => details.ToJson("details"));

        // No foreign keys on calls, on purpose: they are bulk-loaded by the million, and a key costs a
        // trigger call per row per key (three keys took twice as long as the rows themselves). The
        // references hold by construction instead: calls are written only by CallBulkLoader, which
        // share-locks the vendor for its transaction (as a key check would), creates the import batch
        // and the agents in that same transaction and writes their ids itself. Agents and batches are
        // only ever deleted with their vendor, and deleting a vendor still deletes its calls: a
        // statement-level trigger on vendors does it (migration 20261202100000_CallIngestIndexes).
        // Scorecards keep their key to calls, so deleting a call still deletes its scorecards.

        // Re-importing a file must add nothing: the platform's id is unique per vendor.
        builder.HasIndex(c => new { c.VendorId, c.ExternalId }).IsUnique();
        builder.HasIndex(c => new { c.VendorId, c.StartedAt });
        builder.HasIndex(c => c.StartedAt);
        builder.HasIndex(c => new { c.VendorId, c.AgentId, c.StartedAt });
        // Repeat contacts are found by equality on the caller's hash; a hash index serves that at a
        // fraction of a b-tree's cost per inserted row (random 32-byte keys).
        builder.HasIndex(c => c.CallerHash).HasMethod("hash");
    }
}
