using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Dashboard;

/// <summary>
/// The dashboards' figures, counted in the database: per lead unit and per plan, for all time or
/// for the tasks due in one period of the calendar (and that period's reports).
/// </summary>
public sealed class DashboardQueries(TasksDbContext db)
{
    private const string EveryUnit = "*";

    public async Task<List<Figures>> PerUnitAsync(CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var tasks = InPeriod(period);
        var perUnit = await tasks.Where(t => !t.AllUnits)
            .SelectMany(t => t.LeadUnitCodes, (t, unit) => new { Unit = unit, t.State, t.DueDate, t.CompletedOn })
            .GroupBy(x => x.Unit)
            .Select(g => new
            {
                g.Key,
                Total = g.Count(),
                Completed = g.Count(x => x.State == TaskState.Completed),
                OnTime = g.Count(x => x.State == TaskState.Completed && (x.DueDate == null || x.CompletedOn <= x.DueDate)),
                Overdue = g.Count(x => x.State != TaskState.Completed && x.DueDate != null && x.DueDate < today),
            })
            .ToListAsync(cancellationToken);
        var everyUnit = await tasks.Where(t => t.AllUnits).GroupBy(_ => EveryUnit)
            .Select(g => new
            {
                g.Key,
                Total = g.Count(),
                Completed = g.Count(x => x.State == TaskState.Completed),
                OnTime = g.Count(x => x.State == TaskState.Completed && (x.DueDate == null || x.CompletedOn <= x.DueDate)),
                Overdue = g.Count(x => x.State != TaskState.Completed && x.DueDate != null && x.DueDate < today),
            })
            .ToListAsync(cancellationToken);
        var reports = db.ProgressReports.AsQueryable();
        if (period is not null)
        {
            reports = reports.Where(r => r.PeriodKey == period.Key);
        }
        var reportCounts = await reports.GroupBy(r => r.UnitCode)
            .Select(g => new { g.Key, Total = g.Count(), OnTime = g.Count(r => r.SubmittedOn <= r.DueDate) })
            .ToDictionaryAsync(r => r.Key, cancellationToken);
        return [.. perUnit.Concat(everyUnit)
            .Select(u => new Figures(u.Key, u.Key == EveryUnit ? Labels.AllUnits : u.Key, u.Total, u.Completed, u.OnTime, u.Overdue,
                reportCounts.GetValueOrDefault(u.Key)?.Total ?? 0, reportCounts.GetValueOrDefault(u.Key)?.OnTime ?? 0))
            .OrderByDescending(f => f.Overdue).ThenBy(f => f.Key, StringComparer.Ordinal)];
    }

    public async Task<List<Figures>> PerPlanAsync(CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await InPeriod(period).Where(t => t.PlanId != null)
            .GroupBy(t => t.PlanId!.Value)
            .Select(g => new
            {
                g.Key,
                Total = g.Count(),
                Completed = g.Count(x => x.State == TaskState.Completed),
                OnTime = g.Count(x => x.State == TaskState.Completed && (x.DueDate == null || x.CompletedOn <= x.DueDate)),
                Overdue = g.Count(x => x.State != TaskState.Completed && x.DueDate != null && x.DueDate < today),
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
}
