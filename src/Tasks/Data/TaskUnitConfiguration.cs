using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class TaskUnitConfiguration : IEntityTypeConfiguration<TaskUnit>
{
    public void Configure(EntityTypeBuilder<TaskUnit> builder)
    {
        builder.ToTable("task_units");
        builder.HasKey(u => new { u.TaskId, u.UnitCode });
        builder.Property(u => u.UnitCode).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.HasOne<TaskItem>().WithMany().HasForeignKey(u => u.TaskId).OnDelete(DeleteBehavior.Cascade);

        // "My tasks" in its order (open before closed, nearest deadline first, newest first on a tie),
        // so the first page is the first rows of the unit's range.
        builder.HasIndex(u => new { u.UnitCode, u.Closed, u.DueDate, u.TaskId }).IsDescending(false, false, false, true);
    }
}
