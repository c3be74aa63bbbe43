namespace StPlatform.Tasks.Reports;

/// <summary>
/// The lead unit's report on a task for one period of the calendar; on time when submitted (a day
/// in the city) no later than the period's due date. One per task and period.
/// </summary>
public sealed class ProgressReport
{
    public const int ContentMaxLength = 4000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TaskId { get; init; }

    public required string PeriodKey { get; init; }

    public required string PeriodLabel { get; init; }

    public DateOnly DueDate { get; init; }

    public required string UnitCode { get; init; }

    public required string Content { get; set; }

    public required string SubmittedBy { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public DateOnly SubmittedOn { get; init; }

    public bool OnTime => SubmittedOn <= DueDate;
}

/// <summary>A coordinating unit's contribution to a task's report for one period.</summary>
public sealed class ReportContribution
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TaskId { get; init; }

    public required string PeriodKey { get; init; }

    public required string UnitCode { get; init; }

    public required string Content { get; set; }

    public required string SubmittedBy { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }
}
