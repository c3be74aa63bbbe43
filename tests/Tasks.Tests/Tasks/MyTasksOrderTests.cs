using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.ServiceDefaults;
using StPlatform.Tasks.Tasks;
using StPlatform.Tasks.Tests.Plans;

namespace StPlatform.Tasks.Tests.Tasks;

/// <summary>"My tasks" read through <c>task_units</c> is the list the straightforward query gives.</summary>
[Collection(SharedTasksService.Name)]
public sealed class MyTasksOrderTests(TasksFixture fixture)
{
    private static readonly DateOnly Day = new(2031, 3, 15);

    /// <summary>The query "my tasks" ran before <c>task_units</c>: every task of the unit sorted.</summary>
    private static Task<List<Guid>> StraightforwardAsync(Data.TasksDbContext db, string unit, DateOnly today, int page, int size) =>
        db.Tasks.Involving(unit)
            .OrderBy(t => t.State == TaskState.Completed || t.State == TaskState.Cancelled)
            .ThenBy(t => t.DueDate == null || t.DueDate >= today)
            .ThenBy(t => t.DueDate)
            .ThenByDescending(t => t.Id)
            .Skip((page - 1) * size).Take(size).Select(t => t.Id).ToListAsync();

    [Fact]
    public async Task Every_page_on_every_day_matches_the_straightforward_query_on_a_seeded_unit()
    {
        var unit = $"U{TaskUnitRowsTests.Unique()}";
        TaskState[] states = [TaskState.Assigned, TaskState.InProgress, TaskState.ReportedDone, TaskState.Completed, TaskState.Cancelled];
        var tasks = Enumerable.Range(0, 45).Select(i =>
        {
            var task = SampleTasks.Entity(SampleTasks.UniqueTitle(), DateTimeOffset.UtcNow);
            task.LeadUnitCodes = i % 3 == 0 ? ["SKHCN"] : [unit];
            task.CoordinatingUnitCodes = i % 3 == 0 ? [unit] : ["STC"];
            task.State = states[i % states.Length];
            task.DueDate = i % 7 == 0 ? null : Day.AddDays(i % 11 - 5);
            task.CompletedOn = task.State == TaskState.Completed ? Day : null;
            return task;
        }).ToList();
        await fixture.WithDbAsync(db => { db.Tasks.AddRange(tasks); return db.SaveChangesAsync(); });

        foreach (var today in new[] { Day.AddDays(-6), Day, Day.AddDays(1), Day.AddDays(7) })
        {
            for (var page = 1; page <= 5; page++)
            {
                var (expected, actual) = await fixture.WithDbAsync(async db => (
                    await StraightforwardAsync(db, unit, today, page, 10),
                    await MyTasks.PageAsync(db, unit, new PageRequest(page, 10), today, CancellationToken.None)));
                Assert.Equal(expected, actual.Items.Select(t => t.Id).ToList());
                Assert.Equal(await fixture.WithDbAsync(db => db.Tasks.Involving(unit).CountAsync()), actual.TotalCount);
            }
        }
    }

    [Fact]
    public async Task Plan_amendment_moves_and_closes_the_rows_and_a_redelivery_changes_nothing()
    {
        var planId = Guid.NewGuid();
        var bus = fixture.Service.Services.GetRequiredService<IBus>();
        await bus.Publish(PlanEvents.Issued(planId,
            PlanEvents.Annex("1", "Rà soát cơ chế hỗ trợ doanh nghiệp khoa học và công nghệ", "Quý II/2025", "SKHCN"),
            PlanEvents.Annex("2", "Xây dựng sàn giao dịch công nghệ", "Năm 2026", "SCT")));
        var ids = await WaitAsync(planId, rows => rows.Count == 2);
        var amended = PlanEvents.Amended(planId, 1, [],
            [PlanEvents.Annex("1", "Rà soát cơ chế hỗ trợ doanh nghiệp khoa học và công nghệ", "Năm 2026", "SCT", "SYT")], ["2"]);

        await bus.Publish(amended);
        await WaitAsync(planId, rows => rows.Any(r => r.StartsWith("2 SCT lead closed", StringComparison.Ordinal)));
        await bus.Publish(amended);
        await Task.Delay(1000);
        var rows = await WaitAsync(planId, _ => true);

        Assert.Equal(
            ["1 SCT lead open 2026-12-31", "1 SNV coord open 2026-12-31", "1 STC coord open 2026-12-31", "1 SYT lead open 2026-12-31",
             "2 SCT lead closed 2026-12-31", "2 SNV coord closed 2026-12-31", "2 STC coord closed 2026-12-31"],
            rows);
        Assert.NotEmpty(ids);
    }

    /// <summary>The plan's rows as "annex unit role state due", once <paramref name="done"/> holds or after 10 s.</summary>
    private async Task<List<string>> WaitAsync(Guid planId, Func<List<string>, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var rows = await fixture.WithDbAsync(db => db.TaskUnits.AsNoTracking()
                .Join(db.Tasks.Where(t => t.PlanId == planId), u => u.TaskId, t => t.Id, (u, t) => new { t.AnnexId, Row = u })
                .ToListAsync());
            var described = rows.Select(r => $"{r.AnnexId} {TaskUnitRowsTests.Describe(r.Row)}").Order(StringComparer.Ordinal).ToList();
            if (done(described) || DateTime.UtcNow > deadline)
            {
                return described;
            }
            await Task.Delay(100);
        }
    }
}
