using System.Globalization;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Programmes;
using StPlatform.Messaging;
using StPlatform.Messaging.Inbox;
using StPlatform.Tasks.Data;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Plans;

/// <summary>
/// Adds, changes and cancels a plan's tasks by annex id. An amendment not newer than the last one
/// applied to the plan is ignored, so a late or repeated one cannot undo a newer one. An amendment
/// that overtakes its plan's issue applies all the same; the issue then only fills in what is missing.
/// </summary>
public sealed class PlanAmendedConsumer(TasksDbContext db, TimeProvider clock) : InboxConsumer<PlanAmended, TasksDbContext>(db)
{
    protected override async Task HandleAsync(ConsumeContext<PlanAmended> context)
    {
        var amended = context.Message;
        var now = clock.GetUtcNow();
        var plan = await Db.Plans.FindAsync([amended.PlanId], context.CancellationToken);
        if (plan is null)
        {
            plan = new PlanRecord { PlanId = amended.PlanId, Number = amended.Number, Title = amended.Number, IssuedAt = amended.OccurredAt };
            Db.Plans.Add(plan);
        }
        else if (plan.LastAmendmentNumber >= amended.AmendmentNumber)
        {
            return;
        }
        plan.LastAmendmentNumber = amended.AmendmentNumber;

        var tasks = await Db.Tasks.Where(t => t.PlanId == amended.PlanId)
            .ToDictionaryAsync(t => t.AnnexId!, StringComparer.Ordinal, context.CancellationToken);
        var note = string.Create(CultureInfo.InvariantCulture, $"Sửa đổi lần {amended.AmendmentNumber}: {amended.Reason}");
        foreach (var annex in amended.TasksAdded.Concat(amended.TasksChanged).DistinctBy(a => a.AnnexId))
        {
            if (!tasks.TryGetValue(annex.AnnexId, out var task))
            {
                task = AnnexTasks.Create(amended.PlanId, annex, supplementary: amended.TasksAdded.Contains(annex), now);
                tasks[annex.AnnexId] = task;
                Db.Tasks.Add(task);
                Db.PublishLater(TaskEvents.Assigned(task, now));
                continue;
            }
            var previousDue = AnnexTasks.Apply(task, annex);
            task.Record(AnnexTasks.Registry, now, TaskAction.Changed, note, previousDue, task.DueDate);
        }
        foreach (var annexId in amended.TasksCancelled.Distinct(StringComparer.Ordinal))
        {
            if (!tasks.TryGetValue(annexId, out var task))
            {
                // The issue has not arrived yet: a tombstone keeps it from creating this task later.
                task = new TaskItem { PlanId = amended.PlanId, AnnexId = annexId, Title = string.Empty, State = TaskState.Cancelled, CreatedAt = now };
                Db.Tasks.Add(task);
            }
            else if (task.IsOpen)
            {
                task.State = TaskState.Cancelled;
            }
            task.Record(AnnexTasks.Registry, now, TaskAction.Cancelled, note);
        }
    }
}
