using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StPlatform.Contracts.Programmes;
using StPlatform.Tasks.Reminders;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Tasks;
using StPlatform.TestSupport;

namespace StPlatform.Tasks.Tests.Reminders;

[Collection(SharedTasksService.Name)]
public sealed class ReminderScannerTests(TasksFixture fixture)
{
    /// <summary>An open task far in the future, so the service's own scanner, on the real clock, never reminds of it.</summary>
    internal static async Task<TaskItem> SeedAsync(TasksFixture fixture, DateOnly? due, ReportingPeriod? recurrence = null)
    {
        var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
        task.LeadUnitCodes = [$"UBND-{Unique.Digits(8)}"];
        task.CoordinatingUnitCodes = [$"SO-{Unique.Digits(8)}"];
        task.DueDate = due;
        task.Recurrence = recurrence;
        task.State = TaskState.InProgress;
        await fixture.WithDbAsync(db =>
        {
            db.Tasks.Add(task);
            return db.SaveChangesAsync();
        });
        return task;
    }

    internal static ReminderScanner Scanner(TasksFixture fixture, TimeProvider clock, IConfiguration? configuration = null) =>
        new(fixture.Service.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            fixture.Service.Services.GetRequiredService<ReportingCalendar>(),
            configuration ?? new ConfigurationBuilder().Build(), NullLogger<ReminderScanner>.Instance);

    private Task<List<string>> RemindersAsync(Guid taskId) =>
        fixture.WithDbAsync(db => db.Reminders.Where(r => r.TaskId == taskId)
            .OrderBy(r => r.Id).Select(r => r.UnitCode + " " + r.Kind + " " + r.Key + " " + r.DaysLeft).ToListAsync());

    [Fact]
    public async Task Both_units_are_reminded_seven_days_and_one_day_before_the_deadline_and_once_it_is_overdue()
    {
        var due = new DateOnly(2091, 6, 30);
        var task = await SeedAsync(fixture, due);
        var (lead, coordinating) = (task.LeadUnitCodes[0], task.CoordinatingUnitCodes[0]);
        var clock = new TestClock(TestClock.CityNoon(due.AddDays(-8)));
        var scanner = Scanner(fixture, clock);

        await scanner.ScanAsync(CancellationToken.None);
        var eightDaysBefore = await RemindersAsync(task.Id);
        clock.Now = TestClock.CityNoon(due.AddDays(-7));
        await scanner.ScanAsync(CancellationToken.None);
        clock.Now = TestClock.CityNoon(due.AddDays(-6));
        await scanner.ScanAsync(CancellationToken.None);
        var sevenDaysBefore = await RemindersAsync(task.Id);
        clock.Now = TestClock.CityNoon(due.AddDays(-1));
        await scanner.ScanAsync(CancellationToken.None);
        clock.Now = TestClock.CityNoon(due);
        await scanner.ScanAsync(CancellationToken.None);
        clock.Now = TestClock.CityNoon(due.AddDays(1));
        await scanner.ScanAsync(CancellationToken.None);
        await scanner.ScanAsync(CancellationToken.None);

        Assert.Empty(eightDaysBefore);
        Assert.Equal([$"{lead} DeadlineNear 7 7", $"{coordinating} DeadlineNear 7 7"], sevenDaysBefore);
        Assert.Equal(
            [
                $"{lead} DeadlineNear 7 7", $"{coordinating} DeadlineNear 7 7",
                $"{lead} DeadlineNear 1 1", $"{coordinating} DeadlineNear 1 1",
                $"{lead} Overdue overdue -1", $"{coordinating} Overdue overdue -1",
            ],
            await RemindersAsync(task.Id));
    }

    [Fact]
    public async Task Two_scanners_at_once_remind_each_unit_once()
    {
        var due = new DateOnly(2092, 3, 31);
        var task = await SeedAsync(fixture, due);
        var clock = new TestClock(TestClock.CityNoon(due.AddDays(-3)));

        await Task.WhenAll(Scanner(fixture, clock).ScanAsync(CancellationToken.None), Scanner(fixture, clock).ScanAsync(CancellationToken.None));
        await Scanner(fixture, clock).ScanAsync(CancellationToken.None);

        Assert.Equal(2, (await RemindersAsync(task.Id)).Count);
    }

    [Fact]
    public async Task Configured_days_replace_the_default_ones()
    {
        var due = new DateOnly(2093, 9, 30);
        var task = await SeedAsync(fixture, due);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Tasks:ReminderDays:0"] = "14" }).Build();
        var scanner = Scanner(fixture, new TestClock(TestClock.CityNoon(due.AddDays(-10))), configuration);

        await scanner.ScanAsync(CancellationToken.None);

        Assert.Equal([$"{task.LeadUnitCodes[0]} DeadlineNear 14 10", $"{task.CoordinatingUnitCodes[0]} DeadlineNear 14 10"], await RemindersAsync(task.Id));
    }

    [Fact]
    public async Task Recurring_task_is_reminded_before_the_calendars_report_date_unless_its_report_is_in()
    {
        var reminded = await SeedAsync(fixture, null, ReportingPeriod.Yearly);
        var reported = await SeedAsync(fixture, null, ReportingPeriod.Yearly);
        await fixture.WithDbAsync(db =>
        {
            db.ProgressReports.Add(new ProgressReport
            {
                TaskId = reported.Id, PeriodKey = "2094-Y", PeriodLabel = "Năm 2094", DueDate = new DateOnly(2094, 11, 20),
                UnitCode = reported.LeadUnitCodes[0], Content = "Đã hoàn thành báo cáo năm", SubmittedBy = "officer",
                SubmittedAt = DateTimeOffset.UtcNow, SubmittedOn = new DateOnly(2094, 11, 1),
            });
            return db.SaveChangesAsync();
        });

        // The annual report is due 20/11: reminded on 13/11.
        await Scanner(fixture, new TestClock(TestClock.CityNoon(new DateOnly(2094, 11, 13)))).ScanAsync(CancellationToken.None);

        Assert.Equal(
            [$"{reminded.LeadUnitCodes[0]} ReportDue 2094-Y/7 7", $"{reminded.CoordinatingUnitCodes[0]} ReportDue 2094-Y/7 7"],
            await RemindersAsync(reminded.Id));
        Assert.Empty(await RemindersAsync(reported.Id));
    }

    [Fact]
    public async Task Task_reported_done_and_waiting_for_the_office_is_not_chased()
    {
        var due = new DateOnly(2098, 5, 31);
        var task = await SeedAsync(fixture, due);
        await fixture.WithDbAsync(async db =>
        {
            var stored = await db.Tasks.SingleAsync(t => t.Id == task.Id);
            stored.State = TaskState.ReportedDone;
            return await db.SaveChangesAsync();
        });
        var clock = new TestClock(TestClock.CityNoon(due.AddDays(-1)));

        await Scanner(fixture, clock).ScanAsync(CancellationToken.None);
        clock.Now = TestClock.CityNoon(due.AddDays(1));
        await Scanner(fixture, clock).ScanAsync(CancellationToken.None);

        Assert.Empty(await RemindersAsync(task.Id));
    }
}
