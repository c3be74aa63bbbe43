using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Contracts.Programmes;
using StPlatform.Contracts.Tasks;
using StPlatform.Messaging.Outbox;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Tests.Plans;

/// <summary>Plans issued and amended in the programme registry, delivered through the real broker.</summary>
[Collection(SharedTasksService.Name)]
public sealed class PlanConsumerTests(TasksFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private Task PublishAsync<T>(T message) where T : class =>
        fixture.Service.Services.GetRequiredService<IBus>().Publish(message);

    private Task<List<TaskItem>> TasksOfAsync(Guid planId) =>
        fixture.WithDbAsync(db => db.Tasks.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.AnnexId).ToListAsync());

    /// <summary>The bodies of the outbox rows of one event type (jsonb, so compared as text here).</summary>
    private Task<List<string>> AnnouncedAsync<TEvent>() => fixture.WithDbAsync(db => db.Set<OutboxMessage>()
        .Where(m => m.Type.StartsWith(typeof(TEvent).FullName!)).Select(m => m.Body).ToListAsync());

    private async Task<List<TaskItem>> WaitForAsync(Guid planId, Func<List<TaskItem>, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        var tasks = await TasksOfAsync(planId);
        while (!done(tasks) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            tasks = await TasksOfAsync(planId);
        }
        return tasks;
    }

    [Fact]
    public async Task Issued_plan_creates_one_task_per_annex_entry_with_units_and_deadlines()
    {
        var planId = Guid.NewGuid();

        await PublishAsync(PlanEvents.Issued(planId,
            PlanEvents.Annex("1", "Rà soát cơ chế hỗ trợ doanh nghiệp khoa học và công nghệ", "Quý II/2025", "SKHCN"),
            PlanEvents.Annex("2", "Tuyên truyền về đổi mới sáng tạo", "Thường xuyên"),
            PlanEvents.Annex("3", "Xây dựng sàn giao dịch công nghệ", "Năm 2026", "SKHCN", "SCT")));
        var tasks = await WaitForAsync(planId, t => t.Count == 3);

        Assert.Equal(3, tasks.Count);
        Assert.Equal(new DateOnly(2025, 6, 30), tasks[0].DueDate);
        Assert.Equal(["SKHCN"], tasks[0].LeadUnitCodes);
        Assert.Equal(["STC", "SNV"], tasks[0].CoordinatingUnitCodes);
        Assert.True(tasks[1].AllUnits);
        Assert.Null(tasks[1].DueDate);
        Assert.Equal(ReportingPeriod.Yearly, tasks[1].Recurrence);
        Assert.Equal(["SKHCN", "SCT"], tasks[2].LeadUnitCodes);
        Assert.Equal(new DateOnly(2026, 12, 31), tasks[2].DueDate);
    }

    [Fact]
    public async Task Plan_issued_twice_under_different_event_ids_creates_its_tasks_once_and_announces_each_once()
    {
        var planId = Guid.NewGuid();
        var annex = PlanEvents.Annex("1", "Hỗ trợ đăng ký bảo hộ sáng chế", "31/12/2025", "SKHCN");

        await Task.WhenAll(PublishAsync(PlanEvents.Issued(planId, annex)), PublishAsync(PlanEvents.Issued(planId, annex)));
        await WaitForAsync(planId, t => t.Count == 1);
        await Task.Delay(1000);
        var tasks = await TasksOfAsync(planId);
        var announced = (await AnnouncedAsync<TaskAssigned>()).Count(body => body.Contains(planId.ToString(), StringComparison.Ordinal));

        Assert.Single(tasks);
        Assert.Equal(1, announced);
    }

    [Fact]
    public async Task Amendment_adds_changes_and_cancels_tasks_by_annex_id()
    {
        var planId = Guid.NewGuid();
        await PublishAsync(PlanEvents.Issued(planId,
            PlanEvents.Annex("1", "Nhiệm vụ giữ nguyên tên", "Quý II/2025", "SKHCN"),
            PlanEvents.Annex("2", "Nhiệm vụ sẽ bị hủy", "Quý III/2025", "SCT")));
        await WaitForAsync(planId, t => t.Count == 2);

        await PublishAsync(PlanEvents.Amended(planId, 1,
            added: [PlanEvents.Annex("3", "Nhiệm vụ bổ khuyết", "Quý IV/2025", "SYT")],
            changed: [PlanEvents.Annex("1", "Nhiệm vụ giữ nguyên tên", "Quý III/2025", "SKHCN")],
            cancelled: ["2"]));
        var tasks = await WaitForAsync(planId, t => t.Count == 3);

        Assert.Equal(new DateOnly(2025, 9, 30), tasks[0].DueDate);
        Assert.Equal(TaskState.Cancelled, tasks[1].State);
        Assert.True(tasks[2].Supplementary);
        Assert.Equal(["SYT"], tasks[2].LeadUnitCodes);
    }

    [Fact]
    public async Task Older_amendment_arriving_after_a_newer_one_changes_nothing()
    {
        var planId = Guid.NewGuid();
        await PublishAsync(PlanEvents.Issued(planId, PlanEvents.Annex("1", "Nhiệm vụ", "Quý II/2025", "SKHCN")));
        await WaitForAsync(planId, t => t.Count == 1);

        await PublishAsync(PlanEvents.Amended(planId, 2, [], [PlanEvents.Annex("1", "Nhiệm vụ", "Năm 2026", "SKHCN")], []));
        await WaitForAsync(planId, t => t[0].DueDate == new DateOnly(2026, 12, 31));
        await PublishAsync(PlanEvents.Amended(planId, 1, [], [PlanEvents.Annex("1", "Nhiệm vụ", "Quý III/2025", "SKHCN")], []));
        await Task.Delay(1500);

        var plan = await fixture.WithDbAsync(db => db.Plans.SingleAsync(p => p.PlanId == planId));
        Assert.Equal(new DateOnly(2026, 12, 31), (await TasksOfAsync(planId))[0].DueDate);
        Assert.Equal(2, plan.LastAmendmentNumber);
    }

    [Fact]
    public async Task Amendment_that_overtakes_its_plans_issue_converges_to_the_amended_tasks()
    {
        var planId = Guid.NewGuid();

        await PublishAsync(PlanEvents.Amended(planId, 1, [], [], cancelled: ["2"]));
        await WaitForAsync(planId, t => t.Count == 1);
        await PublishAsync(PlanEvents.Issued(planId,
            PlanEvents.Annex("1", "Nhiệm vụ còn lại", "Quý II/2025", "SKHCN"),
            PlanEvents.Annex("2", "Nhiệm vụ đã bị hủy", "Quý II/2025", "SCT")));
        var tasks = await WaitForAsync(planId, t => t.Count == 2 && t[1].Title.Length > 0);

        Assert.Equal(TaskState.Assigned, tasks[0].State);
        Assert.Equal(TaskState.Cancelled, tasks[1].State);
        Assert.Equal("Nhiệm vụ đã bị hủy", tasks[1].Title);
    }
}
