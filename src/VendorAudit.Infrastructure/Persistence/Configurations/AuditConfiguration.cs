using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Imports;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class ScorecardConfiguration : IEntityTypeConfiguration<Scorecard>
{
    public void Configure(EntityTypeBuilder<Scorecard> builder)
    {
        builder.ToTable("scorecards");
        builder.Property(s => s.TemplateCode).HasMaxLength(64);
        builder.Property(s => s.AuditorId).HasMaxLength(450);
        foreach (var score in new[] { nameof(Scorecard.Language), nameof(Scorecard.Empathy), nameof(Scorecard.Resolution), nameof(Scorecard.Compliance), nameof(Scorecard.Total) })
            builder.Property(score).HasPrecision(5, 2);
        builder.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");
        builder.ComplexProperty(s => s.Answers, answers =>
        {
            answers.ToJson("answers");
            answers.ComplexCollection(a => a.Items);
        });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Call>().WithMany().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SampledCall>().WithMany().HasForeignKey(s => s.SampledCallId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<CalibrationSession>().WithMany().HasForeignKey(s => s.CalibrationSessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.UpdatedBy).HasMaxLength(256);
        builder.Ignore(s => s.IsEditable);
        builder.Navigation(s => s.Revisions).HasField("_revisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => new { s.VendorId, s.Status, s.SampleKind });
        builder.HasIndex(s => s.CallId);
        // One scorecard per sampled call, and per auditor and call in a calibration session.
        builder.HasIndex(s => s.SampledCallId).IsUnique();
        builder.HasIndex(s => new { s.CalibrationSessionId, s.CallId, s.AuditorId }).IsUnique();
        builder.HasIndex(s => new { s.AuditorId, s.Status });
        // The report's latest auditors' comments: a vendor-month's commented random-sample cards, newest first.
        builder.HasIndex(s => new { s.VendorId, s.SamplePeriodStart, s.SubmittedAt, s.Id }, "ix_scorecards_random_commented")
            .IsDescending(false, false, true, true)
            .HasFilter("sample_kind = 0 AND status <> 0 AND length(answers ->> 'OverallComment') > 0");
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> builder)
    {
        builder.ToTable("findings");
        builder.Property(f => f.Kind).HasMaxLength(40);
        builder.Property(f => f.DecidedBy).HasMaxLength(450);
        builder.Property(f => f.DecisionReason).HasMaxLength(2000);
        builder.Property(f => f.Version).IsRowVersion().HasColumnName("xmin");
        builder.Ignore(f => f.Period);
        builder.OwnsOne(f => f.Evidence, evidence =>
        {
            evidence.ToJson("evidence");
            evidence.OwnsMany(e => e.Chart);
        });
        builder.HasOne<Vendor>().WithMany().HasForeignKey(f => f.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Agent>().WithMany().HasForeignKey(f => f.AgentId).OnDelete(DeleteBehavior.Restrict);
        // One finding per vendor, agent, kind and period: re-running detection updates it.
        builder.HasIndex(f => new { f.VendorId, f.PeriodStart, f.Kind, f.AgentId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(f => new { f.VendorId, f.Status });
    }
}

internal sealed class ImportBatchConfiguration : IEntityTypeConfiguration<ImportBatch>
{
    public void Configure(EntityTypeBuilder<ImportBatch> builder)
    {
        builder.ToTable("import_batches");
        builder.Property(b => b.FileName).HasMaxLength(260);
        builder.Property(b => b.ContentHash).HasMaxLength(64);
        builder.Property(b => b.Format).HasMaxLength(32);
        builder.OwnsMany(b => b.RejectedLines, lines => lines.ToJson("rejected_lines"));
        builder.HasOne<Vendor>().WithMany().HasForeignKey(b => b.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.VendorId, b.ContentHash }).IsUnique();
    }
}
