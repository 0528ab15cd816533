using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Scoring;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class VendorPeriodScoreConfiguration : IEntityTypeConfiguration<VendorPeriodScore>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<VendorPeriodScore> builder)
    {
        builder.ToTable("vendor_period_scores");
        builder.Ignore(s => s.Period);
        builder.Property(s => s.BonusMalus).HasPrecision(14, 2);
        builder.Property(s => s.Currency).HasMaxLength(3);
        // The details are one immutable document (records all the way down): stored as jsonb, compared by content.
        builder.Property(s => s.Details).HasColumnType("jsonb").HasConversion(
            d => JsonSerializer.Serialize(d, Json),
            s => JsonSerializer.Deserialize<ScoreDetails>(s, Json)!,
            new ValueComparer<ScoreDetails>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                d => JsonSerializer.Serialize(d, Json).GetHashCode(StringComparison.Ordinal)));
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.VendorId, s.PeriodStart }).IsUnique();
        builder.HasIndex(s => new { s.PeriodStart, s.Rank });
    }
}
