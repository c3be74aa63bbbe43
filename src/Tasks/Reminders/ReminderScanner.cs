using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Programmes;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Scanning;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Reminders;

/// <summary>
/// Reminds the lead and coordinating units of each open task: <c>Tasks:ReminderDays</c> days before
/// its deadline (7 and 1 unless configured), once it is overdue, and, for a recurring task, the same
/// days before the calendar's next report is due (unless the report is in). Scans every
/// <c>Tasks:ReminderScanInterval</c> on the injected <see cref="TimeProvider"/>; the unique index on
/// reminders lets a restart or a second instance scan again without reminding twice.
/// </summary>
public sealed class ReminderScanner(
    IServiceScopeFactory scopes, TimeProvider clock, ReportingCalendar calendar, IConfiguration configuration, ILogger<ReminderScanner> logger)
    : PeriodicScan(clock, configuration.GetValue("Tasks:ReminderScanInterval", TimeSpan.FromHours(1)), StartDelay(configuration), logger)
{
    private const int BatchSize = 1000;
    private const int Attempts = 3;

    /// <summary>The configured days before a due date, nearest last; 7 and 1 unless configured.</summary>
    public static IReadOnlyList<int> Days(IConfiguration configuration)
    {
        var days = configuration.GetSection("Tasks:ReminderDays").Get<int[]>() ?? [];
        var valid = days.Where(d => d > 0).Distinct().OrderDescending().ToList();
        return valid.Count == 0 ? [7, 1] : valid;
    }

    /// <summary>
    /// Which reminder a due date <paramref name="daysLeft"/> away calls for: the nearest configured day
    /// not before it, so a task assigned 3 days before its deadline gets the 7-day reminder at once, not two.
    /// </summary>
    public static int? DayFor(IReadOnlyList<int> days, int daysLeft) =>
        daysLeft < 0 ? null : days.Where(d => d >= daysLeft).Order().Cast<int?>().FirstOrDefault();

    /// <summary>Makes every reminder due today that does not exist yet; returns how many.</summary>
    public override async Task<int> ScanAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TasksDbContext>();
            var missing = await MissingAsync(db, cancellationToken);
            db.Reminders.AddRange(missing);
            // Refused only when another instance made one of them meanwhile: read again.
            if (await db.TrySaveUniqueAsync(cancellationToken) || attempt == Attempts)
            {
                return missing.Count;
            }
        }
    }

    private async Task<List<TaskReminder>> MissingAsync(TasksDbContext db, CancellationToken cancellationToken)
    {
        var today = CityTime.Today(Clock);
        var now = Clock.GetUtcNow();
        var days = Days(configuration);
        var wanted = new List<TaskReminder>();
        var open = db.Tasks.AsNoTracking().Where(TaskStandings.Is(TaskStanding.OpenWithinDeadline, today));
        // A unit that has reported the task done waits for the office: its deadline is no longer the unit's to chase.
        var chased = open.Where(t => t.State != TaskState.ReportedDone);

        // Each configured day covers the due dates from the next nearer day on: with 7 and 1, the
        // 1-day reminder covers today and tomorrow, the 7-day one 2 to 7 days ahead.
        var nearer = -1;
        foreach (var day in days.Order())
        {
            var (from, to, key) = (today.AddDays(nearer + 1), today.AddDays(day), day.ToString(CultureInfo.InvariantCulture));
            var near = await chased.Where(t => t.DueDate >= from && t.DueDate <= to)
                .Where(t => !db.Reminders.Any(r => r.TaskId == t.Id && r.Kind == ReminderKind.DeadlineNear && r.Key == key))
                .OrderBy(t => t.DueDate).Take(BatchSize).ToListAsync(cancellationToken);
            wanted.AddRange(near.SelectMany(t => For(t, ReminderKind.DeadlineNear, key, t.DueDate!.Value, t.DueDate.Value.DayNumber - today.DayNumber, null, now)));
            nearer = day;
        }

        var overdue = await db.Tasks.AsNoTracking().Where(TaskStandings.Is(TaskStanding.OpenOverdue, today)).Where(t => t.State != TaskState.ReportedDone)
            .Where(t => !db.Reminders.Any(r => r.TaskId == t.Id && r.Kind == ReminderKind.Overdue))
            .OrderBy(t => t.DueDate).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var task in overdue)
        {
            wanted.AddRange(For(task, ReminderKind.Overdue, "overdue", task.DueDate!.Value, task.DueDate.Value.DayNumber - today.DayNumber, null, now));
        }

        foreach (var kind in Enum.GetValues<ReportingPeriod>())
        {
            if (calendar.Periods(kind, today.Year).Count == 0)
            {
                continue;
            }
            var period = calendar.Current(kind, today);
            var left = period.DueDate.DayNumber - today.DayNumber;
            if (DayFor(days, left) is not { } day)
            {
                continue;
            }
            var key = $"{period.Key}/{day}";
            var recurring = await open.Where(t => t.Recurrence == kind)
                .Where(t => !db.ProgressReports.Any(r => r.TaskId == t.Id && r.PeriodKey == period.Key))
                .Where(t => !db.Reminders.Any(r => r.TaskId == t.Id && r.Kind == ReminderKind.ReportDue && r.Key == key))
                .Take(BatchSize).ToListAsync(cancellationToken);
            wanted.AddRange(recurring.SelectMany(t => For(t, ReminderKind.ReportDue, key, period.DueDate, left, period.Label, now)));
        }

        var ids = wanted.Select(r => r.TaskId).Distinct().ToList();
        var existing = (await db.Reminders.Where(r => ids.Contains(r.TaskId))
            .Select(r => new { r.TaskId, r.UnitCode, r.Kind, r.Key }).ToListAsync(cancellationToken))
            .Select(r => (r.TaskId, r.UnitCode, r.Kind, r.Key)).ToHashSet();
        return [.. wanted.Where(r => !existing.Contains((r.TaskId, r.UnitCode, r.Kind, r.Key)))];
    }

    /// <summary>One reminder per unit on the task; a task "for every unit" reminds the units it names.</summary>
    private static IEnumerable<TaskReminder> For(TaskItem task, ReminderKind kind, string key, DateOnly due, int daysLeft, string? period, DateTimeOffset now) =>
        task.LeadUnitCodes.Concat(task.CoordinatingUnitCodes).Distinct(StringComparer.Ordinal).Select(unit => new TaskReminder
        {
            TaskId = task.Id,
            UnitCode = unit,
            Kind = kind,
            Key = key,
            DueDate = due,
            DaysLeft = daysLeft,
            PeriodLabel = period,
            CreatedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond)),
        });
}
