using System.Linq.Expressions;
using StPlatform.Contracts.Programmes;

namespace StPlatform.Tasks.Tasks;

/// <param name="Deadline">The last day that counts as on time, extensions included; null when ongoing.</param>
/// <param name="Standing">Derived on reading: open within deadline, open overdue, completed on time or late.</param>
public sealed record TaskResponse(
    Guid Id,
    Guid? PlanId,
    string? AnnexId,
    string Title,
    string? PlanSection,
    IReadOnlyList<string> LeadUnitCodes,
    bool AllUnits,
    IReadOnlyList<string> CoordinatingUnitCodes,
    string? ExpectedProduct,
    DeadlineKind? DeadlineKind,
    DateOnly? Deadline,
    string? DeadlineLabel,
    ReportingPeriod? Recurrence,
    TaskState State,
    TaskStanding Standing,
    bool Supplementary,
    DateOnly? ReportedDoneOn,
    string? Evidence,
    DateOnly? CompletedOn,
    DateTimeOffset CreatedAt)
{
    /// <summary>An expression, so that a list query selects only these columns; the standing is computed on the rows read.</summary>
    public static Expression<Func<TaskItem, TaskResponse>> FromTask(DateOnly today) => t =>
        new TaskResponse(t.Id, t.PlanId, t.AnnexId, t.Title, t.PlanSection, t.LeadUnitCodes, t.AllUnits, t.CoordinatingUnitCodes,
            t.ExpectedProduct, t.DeadlineKind, t.DueDate, t.DeadlineLabel, t.Recurrence, t.State,
            TaskStandings.Of(t.State, t.DueDate, t.CompletedOn, today),
            t.Supplementary, t.ReportedDoneOn, t.Evidence, t.CompletedOn, t.CreatedAt);

    /// <summary>The same mapping for a task already in memory (compiling the expression per call would cost more than the query).</summary>
    public static TaskResponse From(TaskItem task, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskResponse(task.Id, task.PlanId, task.AnnexId, task.Title, task.PlanSection, task.LeadUnitCodes, task.AllUnits,
            task.CoordinatingUnitCodes, task.ExpectedProduct, task.DeadlineKind, task.DueDate, task.DeadlineLabel, task.Recurrence, task.State,
            TaskStandings.Of(task, today), task.Supplementary, task.ReportedDoneOn, task.Evidence, task.CompletedOn, task.CreatedAt);
    }
}
