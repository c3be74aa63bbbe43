using System.Linq.Expressions;

namespace StPlatform.Tasks.Tasks;

/// <summary>How a task stands against its deadline: derived from its state and dates, never stored.</summary>
public enum TaskStanding
{
    OpenWithinDeadline,
    OpenOverdue,
    CompletedOnTime,
    CompletedLate,
    Cancelled,
}

public static class TaskStandings
{
    /// <summary>
    /// A task with no due date (ongoing, or a directive without one) is never overdue nor late: its
    /// reports are, period by period. A task reported done is still open until the office confirms.
    /// </summary>
    public static TaskStanding Of(TaskState state, DateOnly? dueDate, DateOnly? completedOn, DateOnly today) => state switch
    {
        TaskState.Cancelled => TaskStanding.Cancelled,
        TaskState.Completed when dueDate is null || completedOn <= dueDate => TaskStanding.CompletedOnTime,
        TaskState.Completed => TaskStanding.CompletedLate,
        _ when dueDate is { } due && today > due => TaskStanding.OpenOverdue,
        _ => TaskStanding.OpenWithinDeadline,
    };

    public static TaskStanding Of(TaskItem task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Of(task.State, task.DueDate, task.CompletedOn, today);
    }

    /// <summary>The same rule as a database filter, so lists and dashboards count in SQL.</summary>
    public static Expression<Func<TaskItem, bool>> Is(TaskStanding standing, DateOnly today) => standing switch
    {
        TaskStanding.Cancelled => t => t.State == TaskState.Cancelled,
        TaskStanding.CompletedOnTime => t => t.State == TaskState.Completed && (t.DueDate == null || t.CompletedOn <= t.DueDate),
        TaskStanding.CompletedLate => t => t.State == TaskState.Completed && t.DueDate != null && t.CompletedOn > t.DueDate,
        TaskStanding.OpenOverdue => t => t.State != TaskState.Completed && t.State != TaskState.Cancelled && t.DueDate != null && t.DueDate < today,
        _ => t => t.State != TaskState.Completed && t.State != TaskState.Cancelled && (t.DueDate == null || t.DueDate >= today),
    };
}
