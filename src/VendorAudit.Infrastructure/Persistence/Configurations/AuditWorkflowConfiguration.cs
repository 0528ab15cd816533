using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorAudit.Domain.Audits;
using VendorAudit.Domain.Calibration;
using VendorAudit.Domain.Calls;
using VendorAudit.Domain.Findings;
using VendorAudit.Domain.Sampling;
using VendorAudit.Domain.Scorecards;
using VendorAudit.Domain.Vendors;

namespace VendorAudit.Infrastructure.Persistence.Configurations;

internal sealed class ScorecardRevisionConfiguration : IEntityTypeConfiguration<ScorecardRevision>
{
    public void Configure(EntityTypeBuilder<ScorecardRevision> builder)
    {
        builder.ToTable("scorecard_revisions");
        builder.Property(r => r.By).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.Total).HasPrecision(5, 2);
        builder.Ignore(r => r.IsDraft);
        builder.ComplexProperty(r => r.Answers, answers =>
        {
            answers.ToJson("answers");
            answers.ComplexCollection(a => a.Items);
        });
        builder.HasOne(r => r.Scorecard).WithMany(s => s.Revisions).HasForeignKey(r => r.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.ScorecardId, r.At });
    }
}

internal sealed class DisputeConfiguration : IEntityTypeConfiguration<Dispute>
{
    public void Configure(EntityTypeBuilder<Dispute> builder)
    {
        builder.ToTable("disputes");
        builder.Property(d => d.OpenedBy).HasMaxLength(256);
        builder.Property(d => d.ResolvedBy).HasMaxLength(256);
        builder.Property(d => d.TotalBefore).HasPrecision(5, 2);
        builder.Property(d => d.TotalAfter).HasPrecision(5, 2);
        builder.Property(d => d.Version).IsRowVersion().HasColumnName("xmin");
        builder.OwnsMany(d => d.Items, items => items.ToJson("items"));
        builder.HasOne<Scorecard>().WithMany().HasForeignKey(d => d.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(d => d.VendorId).OnDelete(DeleteBehavior.Cascade);
        // One dispute per scorecard: a resolved scorecard is final.
        builder.HasIndex(d => d.ScorecardId).IsUnique();
        builder.HasIndex(d => new { d.VendorId, d.Status });
    }
}

internal sealed class SamplingPlanConfiguration : IEntityTypeConfiguration<SamplingPlan>
{
    public void Configure(EntityTypeBuilder<SamplingPlan> builder)
    {
        builder.ToTable("sampling_plans");
        builder.Property(p => p.TemplateCode).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(256);
        builder.Ignore(p => p.Period);
        builder.Ignore(p => p.Calculation);
        builder.OwnsMany(p => p.Strata, strata => strata.ToJson("strata"));
        builder.HasOne<Vendor>().WithMany().HasForeignKey(p => p.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.VendorId, p.PeriodStart }).IsUnique();
    }
}

internal sealed class SampledCallConfiguration : IEntityTypeConfiguration<SampledCall>
{
    public void Configure(EntityTypeBuilder<SampledCall> builder)
    {
        builder.ToTable("sampled_calls");
        builder.Property(s => s.StratumKey).HasMaxLength(300);
        builder.Property(s => s.AssignedTo).HasMaxLength(256);
        builder.Property(s => s.Version).IsRowVersion().HasColumnName("xmin");
        builder.HasOne<SamplingPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(s => s.VendorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Call>().WithMany().HasForeignKey(s => s.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Finding>().WithMany().HasForeignKey(s => s.FindingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.PlanId, s.CallId }).IsUnique();
        // The work queue: open or claimed calls by due date, for everyone or one auditor.
        builder.HasIndex(s => new { s.State, s.DueDate, s.Id });
        builder.HasIndex(s => new { s.AssignedTo, s.State, s.DueDate });
        builder.HasIndex(s => s.CallId);
        builder.HasIndex(s => s.FindingId);
        // A vendor-month's sample (reports, scores), and the vendor's foreign key.
        builder.HasIndex(s => new { s.VendorId, s.PeriodStart });
    }
}

internal sealed class CalibrationSessionConfiguration : IEntityTypeConfiguration<CalibrationSession>
{
    public void Configure(EntityTypeBuilder<CalibrationSession> builder)
    {
        builder.ToTable("calibration_sessions");
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TemplateCode).HasMaxLength(64);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.HasIndex(c => c.CreatedAt);
    }
}

internal sealed class PublishedTemplateConfiguration : IEntityTypeConfiguration<PublishedTemplate>
{
    public void Configure(EntityTypeBuilder<PublishedTemplate> builder)
    {
        builder.ToTable("scorecard_templates");
        builder.Property(t => t.Code).HasMaxLength(64);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Definition).HasColumnType("jsonb");
        builder.Property(t => t.PublishedBy).HasMaxLength(256);
        builder.HasIndex(t => new { t.Code, t.Version }).IsUnique();
    }
}

internal sealed class CallTranscriptConfiguration : IEntityTypeConfiguration<CallTranscript>
{
    public void Configure(EntityTypeBuilder<CallTranscript> builder)
    {
        builder.ToTable("call_transcripts");
        builder.HasKey(t => t.CallId);
        builder.Property(t => t.CallId).ValueGeneratedNever();
        builder.Property(t => t.ImportedBy).HasMaxLength(256);
        builder.OwnsMany(t => t.Turns, turns => turns.ToJson("turns"));
        builder.HasOne<Call>().WithOne().HasForeignKey<CallTranscript>(t => t.CallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(t => t.VendorId).OnDelete(DeleteBehavior.Cascade);
    }
}
