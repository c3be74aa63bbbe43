using Microsoft.EntityFrameworkCore;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Dashboard;

/// <summary>
/// The office dashboard's per-plan table reads counters the database keeps beside the tasks: after
/// every kind of change they must say what counting the plan's tasks themselves says.
/// </summary>
[Collection(SharedTasksService.Name)]
public sealed class PlanCountersTests(TasksFixture fixture)
{
    private static readonly DateOnly Due = new(2092, 3, 31);
    private static readonly DateOnly Today = new(2092, 1, 15);
    private static readonly CalendarPeriod FirstHalf = new("2092-H1", "6 tháng đầu năm 2092", new(2092, 1, 1), new(2092, 6, 30), new(2092, 6, 15));
    private static readonly CalendarPeriod SecondHalf = new("2092-Y", "Năm 2092", new(2092, 7, 1), new(2092, 12, 31), new(2092, 11, 20));

    private static DateTimeOffset On(DateOnly day) => TestClock.CityNoon(day);

    /// <summary>Total, completed, on time, overdue: what the plan's row on the office dashboard shows.</summary>
    private Task<string> FiguresAsync(Guid plan, DateOnly today, CalendarPeriod? period = null) => fixture.WithDbAsync(async db =>
    {
        var rows = await new DashboardQueries(db).PerPlanAsync(period, today, CancellationToken.None);
        return rows.SingleOrDefault(f => f.Key == plan.ToString()) is { } f ? $"{f.Total} {f.Completed} {f.CompletedOnTime} {f.Overdue}" : "none";
    });

    private async Task<TaskItem> AddAsync(Guid plan, string annex, DateOnly? due)
    {
        var task = new TaskItem
        {
            PlanId = plan,
            AnnexId = annex,
            Title = SampleTasks.UniqueTitle(),
            LeadUnitCodes = ["SKHCN"],
            CoordinatingUnitCodes = ["STC"],
            CreatedAt = On(Today),
            DueDate = due,
        };
        await fixture.WithDbAsync(db => { db.Tasks.Add(task); return db.SaveChangesAsync(); });
        return task;
    }

    [Fact]
    public async Task A_plans_row_follows_its_tasks_completed_late_cancelled_and_extended()
    {
        var plan = Guid.NewGuid();
        var onTime = await AddAsync(plan, "1", Due);
        var late = await AddAsync(plan, "2", Due);
        var cancelled = await AddAsync(plan, "3", Due);
        var extended = await AddAsync(plan, "4", Due);
        await AddAsync(plan, "5", due: null);
        Assert.Equal("5 0 0 4", await FiguresAsync(plan, Due.AddDays(1)));

        await fixture.CompleteAsync(onTime.Id, Due);
        await fixture.CompleteAsync(late.Id, Due.AddDays(1));
        await fixture.ChangeAsync(cancelled.Id, t => t.State = TaskState.Cancelled);
        await fixture.ChangeAsync(extended.Id, t => Assert.Equal(TransitionOutcome.Done, t.Extend(StoredTaskSteps.Office, new DateOnly(2092, 9, 30), "Chờ kinh phí", On(Due)).Outcome));

        // The task without a deadline counts in all time, never in a period, and is never overdue.
        Assert.Equal("4 2 1 0", await FiguresAsync(plan, Due.AddDays(10)));
        Assert.Equal("2 2 1 0", await FiguresAsync(plan, Due.AddDays(10), FirstHalf));
        Assert.Equal("1 0 0 0", await FiguresAsync(plan, Due.AddDays(10), SecondHalf));
        Assert.Equal("1 0 0 1", await FiguresAsync(plan, new DateOnly(2092, 10, 1), SecondHalf));
    }

    [Fact]
    public async Task A_plan_whose_tasks_are_all_cancelled_leaves_the_table()
    {
        var plan = Guid.NewGuid();
        var task = await AddAsync(plan, "1", Due);
        Assert.Equal("1 0 0 0", await FiguresAsync(plan, Today));

        await fixture.ChangeAsync(task.Id, t => t.State = TaskState.Cancelled);

        Assert.Equal("none", await FiguresAsync(plan, Today));
    }

    [Fact]
    public async Task Every_plans_counters_equal_a_count_of_the_tasks_themselves()
    {
        var plan = Guid.NewGuid();
        var task = await AddAsync(plan, "1", Due);
        await AddAsync(plan, "2", Due.AddDays(200));
        await fixture.CompleteAsync(task.Id, Due.AddDays(2));
        var today = new DateOnly(2092, 5, 1);

        foreach (var period in new[] { null, FirstHalf, SecondHalf })
        {
            var (counted, recounted) = await fixture.WithDbAsync(async db =>
                (await new DashboardQueries(db).PerPlanAsync(period, today, CancellationToken.None), await RecountAsync(db, period, today)));

            Assert.Equal(recounted, counted.Select(f => $"{f.Key} {f.Total} {f.Completed} {f.CompletedOnTime} {f.Overdue}")
                .Order(StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>The figures as the dashboard counted them before the counters: every task of every plan.</summary>
    private static async Task<List<string>> RecountAsync(TasksDbContext db, CalendarPeriod? period, DateOnly today)
    {
        var tasks = db.Tasks.AsNoTracking().Where(t => t.State != TaskState.Cancelled && t.PlanId != null);
        if (period is not null)
        {
            tasks = tasks.Where(t => t.DueDate >= period.Start && t.DueDate <= period.End);
        }
        var rows = await tasks.Select(t => new { t.PlanId, t.State, t.DueDate, t.CompletedOn }).ToListAsync();
        return [.. rows.GroupBy(t => t.PlanId!.Value)
            .Select(g =>
            {
                var completed = g.Where(t => t.State == TaskState.Completed).ToList();
                var onTime = completed.Count(t => t.DueDate is null || t.CompletedOn <= t.DueDate);
                var overdue = g.Count(t => t.State != TaskState.Completed && t.DueDate < today);
                return $"{g.Key} {g.Count()} {completed.Count} {onTime} {overdue}";
            })
            .Order(StringComparer.Ordinal)];
    }
}
