using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// The dashboards' figures, counted in the database: per lead unit and per plan, for all time or
/// for the tasks due in one period of the calendar (and that period's reports): sums of counters
/// the database keeps beside the tasks and reports, per unit and per plan.
/// </summary>
public sealed class DashboardQueries(TasksDbContext db)
{
    private const string EveryUnit = "*";

    public async Task<List<Figures>> PerUnitAsync(CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var perUnit = await CountTasks(period, today, unit: null).ToListAsync(cancellationToken);
        var reportCounts = await CountReports(period, unit: null).ToDictionaryAsync(r => r.Key, cancellationToken);
        return [.. perUnit
            .Select(u => ToFigures(u, reportCounts.GetValueOrDefault(u.Key)))
            .OrderByDescending(f => f.Overdue).ThenBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>One lead unit's KPI, counted by the same rules as its row on the office's dashboard.</summary>
    public async Task<Figures> ForUnitAsync(string unit, CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await CountTasks(period, today, unit).SingleOrDefaultAsync(cancellationToken);
        var reports = await CountReports(period, unit).SingleOrDefaultAsync(cancellationToken);
        return ToFigures(counts ?? new UnitCounts { Key = unit }, reports);
    }

    private static Figures ToFigures(UnitCounts tasks, ReportCounts? reports) =>
        new(tasks.Key, tasks.Key == EveryUnit ? Labels.AllUnits : tasks.Key, tasks.Total, tasks.Completed, tasks.OnTime, tasks.Overdue,
            reports?.Total ?? 0, reports?.OnTime ?? 0);

    /// <summary>
    /// Sums the per-unit, per-due-day counters (<see cref="UnitDayCount"/>): at most one row per unit
    /// and day of the period. Overdue is the open tasks of the days before today, so it needs no write
    /// when the day changes.
    /// </summary>
    private IQueryable<UnitCounts> CountTasks(CalendarPeriod? period, DateOnly today, string? unit)
    {
        var days = db.UnitDayCounts.AsQueryable();
        if (period is not null)
        {
            days = days.Where(d => d.DueDate >= period.Start && d.DueDate <= period.End);
        }
        if (unit is not null)
        {
            days = days.Where(d => d.UnitCode == unit);
        }
        return days.GroupBy(d => d.UnitCode)
            .Where(g => g.Sum(d => d.Total) > 0)
            .Select(g => new UnitCounts
            {
                Key = g.Key,
                Total = g.Sum(d => d.Total),
                Completed = g.Sum(d => d.Completed),
                OnTime = g.Sum(d => d.OnTime),
                Overdue = g.Sum(d => d.DueDate < today ? d.Open : 0),
            });
    }

    private IQueryable<ReportCounts> CountReports(CalendarPeriod? period, string? unit)
    {
        var reports = db.UnitReportCounts.AsQueryable();
        if (period is not null)
        {
            reports = reports.Where(r => r.PeriodKey == period.Key);
        }
        if (unit is not null)
        {
            reports = reports.Where(r => r.UnitCode == unit);
        }
        return reports.GroupBy(r => r.UnitCode)
            .Select(g => new ReportCounts { Key = g.Key, Total = g.Sum(r => r.Total), OnTime = g.Sum(r => r.OnTime) });
    }

    /// <summary>Each plan's figures, summed from its per-due-day counters (<see cref="PlanDayCount"/>) as a unit's are.</summary>
    public async Task<List<Figures>> PerPlanAsync(CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var days = db.PlanDayCounts.AsQueryable();
        if (period is not null)
        {
            days = days.Where(d => d.DueDate >= period.Start && d.DueDate <= period.End);
        }
        var counts = await days.GroupBy(d => d.PlanId)
            .Where(g => g.Sum(d => d.Total) > 0)
            .Select(g => new
            {
                g.Key,
                Total = g.Sum(d => d.Total),
                Completed = g.Sum(d => d.Completed),
                OnTime = g.Sum(d => d.OnTime),
                Overdue = g.Sum(d => d.DueDate < today ? d.Open : 0),
            })
            .ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Key).ToList();
        var names = await db.Plans.Where(p => ids.Contains(p.PlanId)).ToDictionaryAsync(p => p.PlanId, p => $"{p.Number} – {p.Title}", cancellationToken);
        return [.. counts.Select(c => new Figures(c.Key.ToString(), names.GetValueOrDefault(c.Key) ?? c.Key.ToString(), c.Total, c.Completed, c.OnTime, c.Overdue, 0, 0))
            .OrderBy(f => f.Name, StringComparer.Ordinal)];
    }

    /// <summary>The late tasks of a period: open past their deadline, or completed after it; for the six-month report.</summary>
    public Task<List<TaskResponse>> LateTasksAsync(CalendarPeriod? period, DateOnly today, int limit, CancellationToken cancellationToken) =>
        InPeriod(period)
            .Where(t => (t.State != TaskState.Completed && t.DueDate != null && t.DueDate < today)
                || (t.State == TaskState.Completed && t.DueDate != null && t.CompletedOn > t.DueDate))
            .OrderBy(t => t.DueDate).ThenBy(t => t.Id)
            .Take(limit)
            .Select(TaskResponse.FromTask(today))
            .ToListAsync(cancellationToken);

    private IQueryable<TaskItem> InPeriod(CalendarPeriod? period)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => t.State != TaskState.Cancelled);
        return period is null ? tasks : tasks.Where(t => t.DueDate >= period.Start && t.DueDate <= period.End);
    }

    private sealed class UnitCounts
    {
        public required string Key { get; init; }

        public int Total { get; init; }

        public int Completed { get; init; }

        public int OnTime { get; init; }

        public int Overdue { get; init; }
    }

    private sealed class ReportCounts
    {
        public required string Key { get; init; }

        public int Total { get; init; }

        public int OnTime { get; init; }
    }
}
