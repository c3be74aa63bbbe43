using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class TaskHistoryEntryConfiguration : IEntityTypeConfiguration<TaskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TaskHistoryEntry> builder)
    {
        builder.ToTable("task_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.ByUser).HasMaxLength(200);
        builder.Property(h => h.ByUnit).HasMaxLength(TaskItem.UnitCodeMaxLength);
        builder.Property(h => h.Note).HasMaxLength(TaskItem.TextMaxLength);
        builder.HasIndex(h => new { h.TaskId, h.At });
    }
}
