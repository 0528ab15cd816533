using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.ToTable("vendors");
        builder.Property(v => v.Code).HasMaxLength(16);
        builder.Property(v => v.Name).HasMaxLength(120);
        builder.Property(v => v.Country).HasMaxLength(60);
        builder.HasIndex(v => v.Code).IsUnique();
    }
}

internal sealed class AgentConfiguration : IEntityTypeConfiguration<Agent>
{
    public void Configure(EntityTypeBuilder<Agent> builder)
    {
        builder.ToTable("agents");
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.DisplayName).HasMaxLength(120);
        builder.Property(a => a.Team).HasMaxLength(60);
        builder.Ignore(a => a.Label);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(a => a.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.VendorId, a.Name }).IsUnique();
    }
}
