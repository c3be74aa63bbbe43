using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StPlatform.Tasks.Overdue;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary><c>task_units</c>, which orders "my tasks", stays what the task says after every change.</summary>
[Collection(SharedTasksService.Name)]
public sealed class TaskUnitRowsTests(TasksFixture fixture)
{
    private static readonly TaskActor Lead = new("lead-officer", "SKHCN", IsTaskOffice: false);
    private static readonly TaskActor Office = new("task-office", "VP-SKHCN", IsTaskOffice: true);
    private static readonly DateTimeOffset Now = new(2090, 1, 2, 3, 0, 0, TimeSpan.Zero);

    internal static Task<List<string>> RowsAsync(TasksFixture fixture, Guid taskId) => fixture.WithDbAsync(async db =>
        (await db.TaskUnits.AsNoTracking().Where(u => u.TaskId == taskId).ToListAsync())
        .Select(Describe).Order(StringComparer.Ordinal).ToList());

    internal static string Describe(TaskUnit u) => $"{u.UnitCode} {(u.Leads ? "lead" : "coord")} {(u.Closed ? "closed" : "open")} {u.DueDate:yyyy-MM-dd}";

    private Task<List<string>> StepAsync(Guid id, Func<TaskItem, TransitionResult> step) => fixture.WithDbAsync(async db =>
    {
        var task = await db.Tasks.SingleAsync(t => t.Id == id);
        Assert.Equal(TransitionOutcome.Done, step(task).Outcome);
        await db.SaveChangesAsync();
        return await RowsAsync(fixture, id);
    });

    [Fact]
    public async Task Rows_follow_the_task_from_assignment_to_confirmation()
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), Now);
        task.CoordinatingUnitCodes = ["STC", "SKHCN", "STC"];
        task.DueDate = new DateOnly(2090, 6, 30);
        await fixture.WithDbAsync(db => { db.Tasks.Add(task); return db.SaveChangesAsync(); });

        string[] open = ["SKHCN lead open 2090-06-30", "STC coord open 2090-06-30"];
        Assert.Equal(open, await RowsAsync(fixture, task.Id));
        Assert.Equal(open, await StepAsync(task.Id, t => t.Acknowledge(Lead, Now)));
        Assert.Equal(open, await StepAsync(task.Id, t => t.ReportDone(Lead, "Cơ sở dữ liệu đã vận hành", Now)));
        Assert.Equal(open, await StepAsync(task.Id, t => t.Return(Office, "Thiếu biên bản nghiệm thu", Now)));
        string[] extended = ["SKHCN lead open 2090-09-30", "STC coord open 2090-09-30"];
        Assert.Equal(extended, await StepAsync(task.Id, t => t.Extend(Office, new DateOnly(2090, 9, 30), "Chờ kinh phí", Now)));
        Assert.Equal(extended, await StepAsync(task.Id, t => t.ReportDone(Lead, "Đã có biên bản nghiệm thu", Now)));
        Assert.Equal(["SKHCN lead closed 2090-09-30", "STC coord closed 2090-09-30"], await StepAsync(task.Id, t => t.Confirm(Office, Now)));
    }

    [Fact]
    public async Task Overdue_scan_leaves_the_rows_as_they_are_and_the_task_first_in_my_tasks()
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), Now);
        task.LeadUnitCodes = [$"U{Unique()}"];
        task.DueDate = new DateOnly(2090, 1, 10);
        await fixture.WithDbAsync(db => { db.Tasks.Add(task); return db.SaveChangesAsync(); });
        var before = await RowsAsync(fixture, task.Id);
        var scanner = new OverdueScanner(fixture.Service.Services.GetRequiredService<IServiceScopeFactory>(),
            new TestClock(new DateTimeOffset(2090, 1, 11, 18, 0, 0, TimeSpan.Zero)), new ConfigurationBuilder().Build(), NullLogger<OverdueScanner>.Instance);

        await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal(before, await RowsAsync(fixture, task.Id));
        var page = await fixture.WithDbAsync(db => MyTasks.PageAsync(db, task.LeadUnitCodes[0], new(), new DateOnly(2090, 1, 12), CancellationToken.None));
        Assert.Equal(TaskStanding.OpenOverdue, page.Items.First(t => !t.AllUnits).Standing);
    }

    [Fact]
    public async Task Rows_after_every_save_equal_the_migration_backfill_of_the_same_tasks()
    {
        (List<string> Saved, List<string> Backfilled, List<string> Expected) result = await fixture.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var saved = await AllRowsAsync(db);
            var expected = (await db.Tasks.AsNoTracking().ToListAsync()).SelectMany(TaskUnitRows.Expected).Select(u => $"{u.TaskId} {Describe(u)}").Order(StringComparer.Ordinal).ToList();
            await db.Database.ExecuteSqlRawAsync("DELETE FROM task_units");
            await db.Database.ExecuteSqlRawAsync(BackfillSql);
            var backfilled = await AllRowsAsync(db);
            await transaction.RollbackAsync();
            return (saved, backfilled, expected);
        });

        Assert.NotEmpty(result.Saved);
        Assert.Equal(result.Expected, result.Saved);
        Assert.Equal(result.Expected, result.Backfilled);
    }

    // Read from the migration by name: naming its type would compile this project against EF's relational assembly.
    private static readonly string BackfillSql = (string)typeof(TaskUnitRows).Assembly
        .GetType("StPlatform.Tasks.Data.Migrations.TaskUnits", throwOnError: true)!.GetField("BackfillSql")!.GetRawConstantValue()!;

    private static async Task<List<string>> AllRowsAsync(Data.TasksDbContext db) =>
        (await db.TaskUnits.AsNoTracking().ToListAsync()).Select(u => $"{u.TaskId} {Describe(u)}").Order(StringComparer.Ordinal).ToList();

    internal static string Unique() => StPlatform.TestSupport.Unique.Suffix()[..10].ToUpperInvariant();
}
