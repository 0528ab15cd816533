using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Vendors;
using VendorAudit.Infrastructure.Identity;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(120);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(u => u.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(u => u.VendorId);
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKeyRow>
{
    public void Configure(EntityTypeBuilder<DataProtectionKeyRow> builder) => builder.ToTable("data_protection_keys");
}
