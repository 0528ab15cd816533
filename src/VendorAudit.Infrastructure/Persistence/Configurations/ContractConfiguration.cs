using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Contracts;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ToTable("contracts");
        builder.Ignore(c => c.Targets);
        builder.Property(c => c.ServiceLevelTarget).HasPrecision(5, 4);
        builder.Property(c => c.AbandonRateMax).HasPrecision(5, 4);
        builder.Property(c => c.RepeatContactMax).HasPrecision(5, 4);
        builder.Property(c => c.QualityMinimum).HasPrecision(5, 2);
        builder.Property(c => c.Version).IsRowVersion().HasColumnName("xmin");
        builder.OwnsOne(c => c.Grid, grid => grid.ToJson("grid"));
        builder.HasOne<Vendor>().WithMany().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.VendorId, c.EffectiveFrom }).IsUnique();
    }
}
