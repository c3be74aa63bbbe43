namespace StPlatform.Tasks.Tasks;

/// <summary>The lead unit's report that the task is done, with what proves it.</summary>
public sealed record ReportDoneRequest(string? Evidence);

/// <summary>The task office sends a reported task back, saying why.</summary>
public sealed record ReturnTaskRequest(string? Reason);

/// <summary>The task office grants a later deadline, saying why; the old one stays in the history.</summary>
public sealed record ExtendTaskRequest(DateOnly? DueDate, string? Reason);
