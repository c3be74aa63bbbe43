namespace StPlatform.Tasks.Reminders;

/// <summary>
/// A reminder to one unit about one task: its deadline is near, it is overdue, or a periodic report
/// is due soon. Kept, so that the unit sees it on "my tasks" until someone marks it read, and unique
/// per task, unit, kind and <see cref="Key"/>, so that a restart or a second scanner never repeats it.
/// </summary>
public sealed class TaskReminder
{
    public const int KeyMaxLength = 30;

    public long Id { get; init; }

    public Guid TaskId { get; init; }

    public required string UnitCode { get; init; }

    public ReminderKind Kind { get; init; }

    /// <summary>Which reminder of its kind: "7" days before the deadline, "overdue", "2025-H1/7" before a report.</summary>
    public required string Key { get; init; }

    /// <summary>The task's deadline, or the report's due date.</summary>
    public DateOnly DueDate { get; init; }

    /// <summary>Days left to <see cref="DueDate"/> on the day the reminder was made.</summary>
    public int DaysLeft { get; init; }

    /// <summary>The reporting period a report reminder is about ("6 tháng đầu năm 2025").</summary>
    public string? PeriodLabel { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ReadAt { get; set; }

    public string? ReadBy { get; set; }
}

public enum ReminderKind
{
    DeadlineNear,
    Overdue,
    ReportDue,
}
