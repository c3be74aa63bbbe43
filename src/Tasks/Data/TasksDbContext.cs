using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Http;
using StPlatform.Tasks.Dashboard;
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

    /// <summary>Derived from <see cref="Tasks"/>: written only by <see cref="TaskUnitRows"/> on save.</summary>
    public DbSet<TaskUnit> TaskUnits => Set<TaskUnit>();

    /// <summary>Derived from <see cref="Tasks"/> by a database trigger; never written here.</summary>
    public DbSet<UnitDayCount> UnitDayCounts => Set<UnitDayCount>();

    /// <summary>Derived from <see cref="Tasks"/> by a database trigger; never written here.</summary>
    public DbSet<PlanDayCount> PlanDayCounts => Set<PlanDayCount>();

    /// <summary>Derived from <see cref="ProgressReports"/> by a database trigger; never written here.</summary>
    public DbSet<UnitPeriodReportCount> UnitReportCounts => Set<UnitPeriodReportCount>();

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) => options.UseSnakeCaseNamingConvention();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await TaskUnitRows.SyncAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TaskUnitRows.SyncAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TasksDbContext).Assembly).AddAuditLog().AddOutboxAndInbox().AddIdempotencyKeys();
}
