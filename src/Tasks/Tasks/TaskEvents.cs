using StPlatform.Contracts.Tasks;

namespace StPlatform.Tasks.Tasks;

/// <summary>The integration events a task's changes cause; published through the outbox with the change.</summary>
public static class TaskEvents
{
    public static TaskAssigned Assigned(TaskItem task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskAssigned(Guid.CreateVersion7(), now, task.Id, task.PlanId, task.AnnexId, task.Title,
            [.. task.LeadUnitCodes], [.. task.CoordinatingUnitCodes], task.DueDate);
    }

    public static TaskCompleted Completed(TaskItem task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        var completedOn = task.CompletedOn ?? TaskItem.CityDate(now);
        return new TaskCompleted(Guid.CreateVersion7(), now, task.Id, task.PlanId, task.AnnexId, [.. task.LeadUnitCodes],
            completedOn, task.DueDate, task.DueDate is not { } due || completedOn <= due);
    }

    public static TaskBecameOverdue BecameOverdue(TaskItem task, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskBecameOverdue(Guid.CreateVersion7(), now, task.Id, task.PlanId, task.AnnexId, [.. task.LeadUnitCodes],
            task.DueDate ?? throw new InvalidOperationException("A task without a deadline cannot become overdue."));
    }
}
