using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("progress_reports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.PeriodKey).HasMaxLength(10);
        builder.Property(r => r.PeriodLabel).HasMaxLength(100);
        builder.Property(r => r.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.Property(r => r.Content).HasMaxLength(ProgressReport.ContentMaxLength);
        builder.Property(r => r.SubmittedBy).HasMaxLength(200);
        builder.Ignore(r => r.OnTime);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);
        // One report per task and period, however often the form is sent.
        builder.HasIndex(r => new { r.TaskId, r.PeriodKey }).IsUnique();
        // A unit's "reports on time" KPI.
        builder.HasIndex(r => new { r.UnitCode, r.PeriodKey });
    }
}

internal sealed class ReportContributionConfiguration : IEntityTypeConfiguration<ReportContribution>
{
    public void Configure(EntityTypeBuilder<ReportContribution> builder)
    {
        builder.ToTable("report_contributions");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.PeriodKey).HasMaxLength(10);
        builder.Property(c => c.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.Property(c => c.Content).HasMaxLength(ProgressReport.ContentMaxLength);
        builder.Property(c => c.SubmittedBy).HasMaxLength(200);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TaskId, c.PeriodKey, c.UnitCode }).IsUnique();
    }
}
