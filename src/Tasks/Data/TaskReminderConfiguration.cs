using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Reminders;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class TaskReminderConfiguration : IEntityTypeConfiguration<TaskReminder>
{
    public void Configure(EntityTypeBuilder<TaskReminder> builder)
    {
        builder.ToTable("task_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Key).HasMaxLength(TaskReminder.KeyMaxLength);
        builder.Property(r => r.PeriodLabel).HasMaxLength(100);
        builder.Property(r => r.ReadBy).HasMaxLength(200);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Cascade);

        // The scanner's guarantee: two scans, or two instances, cannot remind a unit twice of the same thing.
        builder.HasIndex(r => new { r.TaskId, r.UnitCode, r.Kind, r.Key }).IsUnique();
        // "My tasks" reads a unit's unread reminders.
        builder.HasIndex(r => new { r.UnitCode, r.ReadAt });
    }
}
