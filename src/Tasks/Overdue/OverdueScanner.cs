using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Scanning;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Overdue;

/// <summary>
/// Publishes <c>TaskBecameOverdue</c> once per task when an open task passes its deadline. Scans
/// every <c>Tasks:OverdueScanInterval</c> on the injected <see cref="TimeProvider"/>, so a test can
/// move time; the mark and the event commit together, so several instances never publish twice.
/// </summary>
public sealed class OverdueScanner(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<OverdueScanner> logger)
    : PeriodicScan(clock, Interval(configuration), StartDelay(configuration), logger)
{
    private const int BatchSize = 500;

    public static TimeSpan Interval(IConfiguration configuration) =>
        configuration.GetValue("Tasks:OverdueScanInterval", TimeSpan.FromMinutes(5));

    /// <summary>Marks and announces every task overdue now; returns how many.</summary>
    public override async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
            var now = Clock.GetUtcNow();
            var today = CityTime.Today(Clock);
            var due = await db.Tasks
                .Where(TaskStandings.Is(TaskStanding.OpenOverdue, today))
                .Where(t => t.OverdueNotifiedAt == null)
                .OrderBy(t => t.DueDate).Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var task in due)
            {
                task.OverdueNotifiedAt = now;
                db.PublishLater(TaskEvents.BecameOverdue(task, now));
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another instance or a user changed one of them meanwhile: read again.
                continue;
            }
            total += due.Count;
            if (due.Count < BatchSize)
            {
                return total;
            }
        }
    }
}
