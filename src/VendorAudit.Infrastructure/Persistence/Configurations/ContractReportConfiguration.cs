using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Reports;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class ContractReportConfiguration : IEntityTypeConfiguration<ContractReport>
{
    public void Configure(EntityTypeBuilder<ContractReport> builder)
    {
        builder.ToTable("reports");
        builder.Ignore(r => r.Period);
        builder.Property(r => r.Language).HasMaxLength(2);
        builder.Property(r => r.TemplateVersion).HasMaxLength(40);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(r => r.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.VendorId, r.PeriodStart, r.Language }).IsUnique();
    }
}
