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
        var perUnit = await CountLeadUnits(tasks, today, unit: null).ToListAsync(cancellationToken);
        var everyUnit = await tasks.Where(t => t.AllUnits).GroupBy(_ => EveryUnit)
            .Select(g => new UnitCounts
            {
                Key = g.Key,
                Total = g.Count(),
                Completed = g.Count(x => x.State == TaskState.Completed),
                OnTime = g.Count(x => x.State == TaskState.Completed && (x.DueDate == null || x.CompletedOn <= x.DueDate)),
                Overdue = g.Count(x => x.State != TaskState.Completed && x.DueDate != null && x.DueDate < today),
            })
            .ToListAsync(cancellationToken);
        var reportCounts = await CountReports(period, unit: null).ToDictionaryAsync(r => r.Key, cancellationToken);
        return [.. perUnit.Concat(everyUnit)
            .Select(u => ToFigures(u, reportCounts.GetValueOrDefault(u.Key)))
            .OrderByDescending(f => f.Overdue).ThenBy(f => f.Key, StringComparer.Ordinal)];
    }

    /// <summary>One lead unit's KPI, counted by the same rules as its row on the office's dashboard.</summary>
    public async Task<Figures> ForUnitAsync(string unit, CalendarPeriod? period, DateOnly today, CancellationToken cancellationToken)
    {
        var counts = await CountLeadUnits(InPeriod(period), today, unit).SingleOrDefaultAsync(cancellationToken);
        var reports = await CountReports(period, unit).SingleOrDefaultAsync(cancellationToken);
        return ToFigures(counts ?? new UnitCounts { Key = unit }, reports);
    }

    private static Figures ToFigures(UnitCounts tasks, ReportCounts? reports) =>
        new(tasks.Key, tasks.Key == EveryUnit ? Labels.AllUnits : tasks.Key, tasks.Total, tasks.Completed, tasks.OnTime, tasks.Overdue,
            reports?.Total ?? 0, reports?.OnTime ?? 0);

    private static IQueryable<UnitCounts> CountLeadUnits(IQueryable<TaskItem> tasks, DateOnly today, string? unit)
    {
        var rows = tasks.Where(t => !t.AllUnits)
            .SelectMany(t => t.LeadUnitCodes, (t, code) => new { Unit = code, t.State, t.DueDate, t.CompletedOn });
        if (unit is not null)
        {
            rows = rows.Where(x => x.Unit == unit);
        }
        return rows.GroupBy(x => x.Unit)
            .Select(g => new UnitCounts
            {
                Key = g.Key,
                Total = g.Count(),
                Completed = g.Count(x => x.State == TaskState.Completed),
                OnTime = g.Count(x => x.State == TaskState.Completed && (x.DueDate == null || x.CompletedOn <= x.DueDate)),
                Overdue = g.Count(x => x.State != TaskState.Completed && x.DueDate != null && x.DueDate < today),
            });
    }

    private IQueryable<ReportCounts> CountReports(CalendarPeriod? period, string? unit)
    {
        var reports = db.ProgressReports.AsQueryable();
        if (period is not null)
        {
            reports = reports.Where(r => r.PeriodKey == period.Key);
        }
        if (unit is not null)
        {
            reports = reports.Where(r => r.UnitCode == unit);
        }
        return reports.GroupBy(r => r.UnitCode)
            .Select(g => new ReportCounts { Key = g.Key, Total = g.Count(), OnTime = g.Count(r => r.SubmittedOn <= r.DueDate) });
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
