using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class ImportUploadConfiguration : IEntityTypeConfiguration<ImportUpload>
{
    public void Configure(EntityTypeBuilder<ImportUpload> builder)
    {
        builder.ToTable("import_uploads");
        builder.Property(u => u.FileName).HasMaxLength(260);
        builder.Property(u => u.Format).HasMaxLength(32);
        builder.Property(u => u.StoredAs).HasMaxLength(1024);
        builder.Property(u => u.RequestedBy).HasMaxLength(256);
        builder.Property(u => u.Message).HasMaxLength(4000);
        builder.Ignore(u => u.IsFinished);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(u => u.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ImportBatch>().WithMany().HasForeignKey(u => u.BatchId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(u => new { u.VendorId, u.RequestedAt });
    }
}
