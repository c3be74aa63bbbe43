namespace StPlatform.Tasks.Tasks;

/// <summary>One step of a task's life, kept for good: who did what, when, and why.</summary>
public sealed class TaskHistoryEntry
{
    public long Id { get; init; }

    public Guid TaskId { get; init; }

    public required TaskAction Action { get; init; }

    public DateTimeOffset At { get; init; }

    public required string ByUser { get; init; }

    public string? ByUnit { get; init; }

    /// <summary>The reason of a return or an extension, the evidence of a report, a plan's amendment.</summary>
    public string? Note { get; init; }

    public DateOnly? PreviousDueDate { get; init; }

    public DateOnly? NewDueDate { get; init; }
}

public enum TaskAction
{
    Assigned,
    Acknowledged,
    Started,
    ReportedDone,
    Confirmed,
    Returned,
    Extended,
    Changed,
    Cancelled,
}
