using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

internal sealed class TaskItemConfiguration : IEntityTypeConfiguration<TaskItem>
{
    public void Configure(EntityTypeBuilder<TaskItem> builder)
    {
        builder.ToTable("tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Title).HasMaxLength(TaskItem.TitleMaxLength);
        builder.Property(t => t.AnnexId).HasMaxLength(100);
        builder.Property(t => t.PlanSection).HasMaxLength(TaskItem.TitleMaxLength);
        builder.Property(t => t.ExpectedProduct).HasMaxLength(TaskItem.TextMaxLength);
        builder.Property(t => t.Evidence).HasMaxLength(TaskItem.TextMaxLength);
        builder.Property(t => t.DeadlineLabel).HasMaxLength(50);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.DeadlineKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Recurrence).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsRowVersion();
        builder.HasMany(t => t.History).WithOne().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);

        // A redelivered or concurrent PlanIssued cannot create an annex task twice.
        builder.HasIndex(t => new { t.PlanId, t.AnnexId }).IsUnique().HasFilter("plan_id IS NOT NULL");
        // "My tasks" and the unit dashboard look a unit up in these arrays.
        builder.HasIndex(t => t.LeadUnitCodes).HasMethod("gin");
        builder.HasIndex(t => t.CoordinatingUnitCodes).HasMethod("gin");
        builder.HasIndex(t => t.AllUnits).HasFilter("all_units");
        // The overdue scan and the overdue-first order read open tasks by due date.
        builder.HasIndex(t => new { t.State, t.DueDate });
        builder.HasIndex(t => t.CreatedAt);
        builder.HasIndex(t => t.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
