using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Http;
using StPlatform.Tasks.Plans;
using StPlatform.Tasks.Reminders;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Data;

public sealed class TasksDbContext(DbContextOptions<TasksDbContext> options) : DbContext(options)
{
    public DbSet<TaskItem> Tasks => Set<TaskItem>();

    public DbSet<TaskHistoryEntry> TaskHistory => Set<TaskHistoryEntry>();

    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();

    public DbSet<ReportContribution> ReportContributions => Set<ReportContribution>();

    public DbSet<PlanRecord> Plans => Set<PlanRecord>();

    public DbSet<TaskReminder> Reminders => Set<TaskReminder>();

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TasksDbContext).Assembly).AddAuditLog().AddOutboxAndInbox().AddIdempotencyKeys();
}
