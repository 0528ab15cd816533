using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class CallConfiguration : IEntityTypeConfiguration<Call>
{
    public void Configure(EntityTypeBuilder<Call> builder)
    {
        builder.ToTable("calls");
        builder.Property(c => c.ExternalId).HasMaxLength(128);
        builder.Property(c => c.Queue).HasMaxLength(80);
        builder.Property(c => c.CallerHash).HasMaxLength(32);
        builder.Ignore(c => c.WasAnswered);
        builder.Ignore(c => c.HandleSeconds);
        builder.Ignore(c => c.EndedAt);
        builder.OwnsOne(c => c.Details, details => details.ToJson("details"));
        builder.HasOne<Vendor>().WithMany().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agent>().WithMany().HasForeignKey(c => c.AgentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(c => c.ImportBatchId).OnDelete(DeleteBehavior.SetNull);

        // Re-importing a file must add nothing: the platform's id is unique per vendor.
        builder.HasIndex(c => new { c.VendorId, c.ExternalId }).IsUnique();
        builder.HasIndex(c => new { c.VendorId, c.StartedAt });
        builder.HasIndex(c => c.StartedAt);
        builder.HasIndex(c => new { c.VendorId, c.AgentId, c.StartedAt });
        builder.HasIndex(c => new { c.VendorId, c.CallerHash, c.StartedAt });
    }
}
