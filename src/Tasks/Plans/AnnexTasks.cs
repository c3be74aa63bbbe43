using StPlatform.Contracts.Programmes;
using StPlatform.Tasks.Tasks;

namespace StPlatform.Tasks.Plans;

/// <summary>How a plan's annex entry becomes, or changes, a task.</summary>
public static class AnnexTasks
{
    /// <summary>Who the history names for changes that come from the programme registry.</summary>
    public static readonly TaskActor Registry = new("programmes", null, IsTaskOffice: false);

    public static TaskItem Create(Guid planId, AnnexTask annex, bool supplementary, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(annex);
        var task = new TaskItem
        {
            PlanId = planId,
            AnnexId = annex.AnnexId,
            Title = annex.Title,
            Supplementary = supplementary,
            CreatedAt = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond)),
        };
        Apply(task, annex);
        task.Record(Registry, now, TaskAction.Assigned);
        return task;
    }

    /// <summary>Copies the annex's wording onto the task; returns the due date it had before.</summary>
    public static DateOnly? Apply(TaskItem task, AnnexTask annex)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(annex);
        var previousDue = task.DueDate;
        task.Title = Clip(annex.Title, TaskItem.TitleMaxLength)!;
        task.PlanSection = Clip(annex.PlanSection, TaskItem.TitleMaxLength);
        task.LeadUnitCodes = [.. annex.LeadUnitCodes.Distinct(StringComparer.Ordinal)];
        task.AllUnits = task.LeadUnitCodes.Count == 0;
        task.CoordinatingUnitCodes = [.. annex.CoordinatingUnitCodes.Distinct(StringComparer.Ordinal).Except(task.LeadUnitCodes)];
        task.ExpectedProduct = Clip(annex.ExpectedProduct, TaskItem.TextMaxLength);
        task.DeadlineKind = annex.Deadline?.Kind;
        task.DueDate = annex.Deadline?.DueDate;
        task.DeadlineLabel = Clip(annex.Deadline?.Label, 50);
        task.Recurrence = annex.Deadline is null ? annex.Recurrence ?? ReportingPeriod.SixMonthly : null;
        if (task.DueDate != previousDue)
        {
            task.OverdueNotifiedAt = null;
        }
        return previousDue;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
