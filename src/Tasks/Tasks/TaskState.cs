namespace StPlatform.Tasks.Tasks;

/// <summary>Where a task is in its lifecycle; a return sends it back to <see cref="InProgress"/>.</summary>
public enum TaskState
{
    Assigned,
    Acknowledged,
    InProgress,
    ReportedDone,
    Completed,
    Cancelled,
}
