using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Dashboard;

/// <summary>
/// The unit dashboard reads counters the database keeps beside the tasks and reports: after every
/// kind of change they must say what counting the tasks themselves says.
/// </summary>
[Collection(SharedTasksService.Name)]
public sealed class UnitCountersTests(TasksFixture fixture)
{
    private static readonly DateOnly Due = new(2091, 3, 31);
    private static readonly DateOnly Today = new(2091, 1, 15);
    private static readonly CalendarPeriod FirstHalf = new("2091-H1", "6 tháng đầu năm 2091", new(2091, 1, 1), new(2091, 6, 30), new(2091, 6, 15));
    private static readonly CalendarPeriod SecondHalf = new("2091-Y", "Năm 2091", new(2091, 7, 1), new(2091, 12, 31), new(2091, 11, 20));

    private static string NewUnit() => $"U-{Unique.Digits(8)}";

    private static DateTimeOffset On(DateOnly day) => TestClock.CityNoon(day);

    /// <summary>Total, completed, on time, overdue, reports, reports on time: what the unit's KPI page shows.</summary>
    private Task<string> FiguresAsync(string unit, DateOnly today, CalendarPeriod? period = null) => fixture.WithDbAsync(async db =>
    {
        var f = await new DashboardQueries(db).ForUnitAsync(unit, period, today, CancellationToken.None);
        return $"{f.Total} {f.Completed} {f.CompletedOnTime} {f.Overdue} {f.Reports} {f.ReportsOnTime}";
    });

    private async Task<TaskItem> AddAsync(string unit, DateOnly? due = null)
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), On(Today));
        (task.LeadUnitCodes, task.DueDate) = ([unit], due ?? Due);
        await fixture.WithDbAsync(db => { db.Tasks.Add(task); return db.SaveChangesAsync(); });
        return task;
    }

    [Fact]
    public async Task Completed_on_time_and_late_count_as_completed_and_only_the_first_as_on_time()
    {
        var unit = NewUnit();
        var onTime = await AddAsync(unit);
        var late = await AddAsync(unit);

        await fixture.CompleteAsync(onTime.Id, Due);
        await fixture.CompleteAsync(late.Id, Due.AddDays(1));

        Assert.Equal("2 2 1 0 0 0", await FiguresAsync(unit, Due.AddDays(10)));
    }

    [Fact]
    public async Task Open_task_becomes_overdue_when_the_day_passes_its_deadline_without_any_write()
    {
        var unit = NewUnit();
        await AddAsync(unit);

        Assert.Equal("1 0 0 0 0 0", await FiguresAsync(unit, Due));
        Assert.Equal("1 0 0 1 0 0", await FiguresAsync(unit, Due.AddDays(1)));
    }

    [Fact]
    public async Task Extension_moves_the_task_to_its_new_period_and_out_of_overdue()
    {
        var unit = NewUnit();
        var task = await AddAsync(unit);
        var after = Due.AddDays(5);
        Assert.Equal("1 0 0 1 0 0", await FiguresAsync(unit, after, FirstHalf));

        await fixture.ChangeAsync(task.Id, t => Assert.Equal(TransitionOutcome.Done, t.Extend(StoredTaskSteps.Office, new DateOnly(2091, 9, 30), "Chờ kinh phí", On(after)).Outcome));

        Assert.Equal("0 0 0 0 0 0", await FiguresAsync(unit, after, FirstHalf));
        Assert.Equal("1 0 0 0 0 0", await FiguresAsync(unit, after, SecondHalf));
        Assert.Equal("1 0 0 0 0 0", await FiguresAsync(unit, after));
    }

    [Fact]
    public async Task Cancelled_task_leaves_the_units_figures()
    {
        var unit = NewUnit();
        var task = await AddAsync(unit);
        await AddAsync(unit);

        await fixture.ChangeAsync(task.Id, t => t.State = TaskState.Cancelled);

        Assert.Equal("1 0 0 1 0 0", await FiguresAsync(unit, Due.AddDays(1)));
    }

    [Fact]
    public async Task Task_handed_to_another_lead_unit_counts_for_the_new_one_only()
    {
        var (first, second) = (NewUnit(), NewUnit());
        var task = await AddAsync(first);

        await fixture.ChangeAsync(task.Id, t => t.LeadUnitCodes = [second]);

        Assert.Equal("0 0 0 0 0 0", await FiguresAsync(first, Due.AddDays(1)));
        Assert.Equal("1 0 0 1 0 0", await FiguresAsync(second, Due.AddDays(1)));
        var dashboard = await fixture.WithDbAsync(db => new DashboardQueries(db).PerUnitAsync(null, Due.AddDays(1), CancellationToken.None));
        Assert.DoesNotContain(dashboard, f => f.Key == first);
    }

    [Fact]
    public async Task Reports_count_per_period_and_on_time_against_the_periods_due_date()
    {
        var unit = NewUnit();
        var task = await AddAsync(unit);
        ProgressReport Report(CalendarPeriod period, DateOnly submitted) => new()
        {
            TaskId = task.Id, PeriodKey = period.Key, PeriodLabel = period.Label, DueDate = period.DueDate, UnitCode = unit,
            Content = "Báo cáo tiến độ", SubmittedBy = "officer", SubmittedAt = On(submitted), SubmittedOn = submitted,
        };

        await fixture.WithDbAsync(db =>
        {
            db.ProgressReports.AddRange(Report(FirstHalf, FirstHalf.DueDate), Report(SecondHalf, SecondHalf.DueDate.AddDays(1)));
            return db.SaveChangesAsync();
        });

        Assert.Equal("1 0 0 0 2 1", await FiguresAsync(unit, Today));
        Assert.Equal("1 0 0 0 1 1", await FiguresAsync(unit, Today, FirstHalf));
        Assert.Equal("0 0 0 0 1 0", await FiguresAsync(unit, Today, SecondHalf));
    }

    [Fact]
    public async Task Every_units_counters_equal_a_count_of_the_tasks_and_reports_themselves()
    {
        var unit = NewUnit();
        var task = await AddAsync(unit);
        await fixture.CompleteAsync(task.Id, Due.AddDays(2));
        var today = new DateOnly(2026, 11, 24);

        var (counted, recounted) = await fixture.WithDbAsync(async db =>
            (await new DashboardQueries(db).PerUnitAsync(null, today, CancellationToken.None), await RecountAsync(db, today)));

        Assert.Equal(recounted, counted.Select(f => $"{f.Key} {f.Total} {f.Completed} {f.CompletedOnTime} {f.Overdue} {f.Reports} {f.ReportsOnTime}")
            .Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The figures as the dashboard counted them before the counters: every task and report.</summary>
    private static async Task<List<string>> RecountAsync(TasksDbContext db, DateOnly today)
    {
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.State != TaskState.Cancelled)
            .Select(t => new { t.AllUnits, t.LeadUnitCodes, t.State, t.DueDate, t.CompletedOn }).ToListAsync();
        var reports = await db.ProgressReports.AsNoTracking().Select(r => new { r.UnitCode, r.SubmittedOn, r.DueDate }).ToListAsync();
        return [.. tasks.SelectMany(t => (t.AllUnits ? ["*"] : t.LeadUnitCodes.Distinct()).Select(unit => (Unit: unit, Task: t)))
            .GroupBy(x => x.Unit)
            .Select(g =>
            {
                var completed = g.Where(x => x.Task.State == TaskState.Completed).ToList();
                var onTime = completed.Count(x => x.Task.DueDate is null || x.Task.CompletedOn <= x.Task.DueDate);
                var overdue = g.Count(x => x.Task.State != TaskState.Completed && x.Task.DueDate < today);
                var ofUnit = reports.Where(r => r.UnitCode == g.Key).ToList();
                return $"{g.Key} {g.Count()} {completed.Count} {onTime} {overdue} {ofUnit.Count} {ofUnit.Count(r => r.SubmittedOn <= r.DueDate)}";
            })
            .Order(StringComparer.Ordinal)];
    }
}
