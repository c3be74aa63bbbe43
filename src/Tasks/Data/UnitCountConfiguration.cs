using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class UnitDayCountConfiguration : IEntityTypeConfiguration<UnitDayCount>
{
    public void Configure(EntityTypeBuilder<UnitDayCount> builder)
    {
        builder.ToTable("unit_day_counts");
        // The trigger's upsert target, and a unit's days in order for one period.
        builder.HasKey(c => new { c.UnitCode, c.DueDate });
        builder.Property(c => c.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
    }
}

internal sealed class UnitPeriodReportCountConfiguration : IEntityTypeConfiguration<UnitPeriodReportCount>
{
    public void Configure(EntityTypeBuilder<UnitPeriodReportCount> builder)
    {
        builder.ToTable("unit_report_counts");
        builder.HasKey(c => new { c.UnitCode, c.PeriodKey });
        builder.Property(c => c.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.Property(c => c.PeriodKey).HasMaxLength(10);
    }
}

internal sealed class PlanDayCountConfiguration : IEntityTypeConfiguration<PlanDayCount>
{
    public void Configure(EntityTypeBuilder<PlanDayCount> builder)
    {
        builder.ToTable("plan_day_counts");
        // The trigger's upsert target, and a plan's days in order for one period.
        builder.HasKey(c => new { c.PlanId, c.DueDate });
    }
}
