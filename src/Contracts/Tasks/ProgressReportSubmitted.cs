namespace StPlatform.Contracts.Tasks;

/// <summary>A lead unit submitted a progress report for one reporting period of a task.</summary>
/// <param name="Period">The period's label, e.g. "6 tháng đầu năm 2025" or "2025".</param>
public sealed record ProgressReportSubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReportId,
    Guid TaskId,
    Guid? PlanId,
    string UnitCode,
    string Period,
    DateOnly DueDate,
    bool OnTime) : IIntegrationEvent;
