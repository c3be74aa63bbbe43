namespace StPlatform.Contracts.Programmes;

/// <summary>
/// One task of a plan's annex as handed to the task service. <see cref="AnnexId"/> is stable across
/// amendments, so the task service can create, change and cancel the same task idempotently.
/// No lead unit means the plan names "every department and district".
/// </summary>
public sealed record AnnexTask(
    string AnnexId,
    string Title,
    string? PlanSection,
    IReadOnlyList<string> LeadUnitCodes,
    IReadOnlyList<string> CoordinatingUnitCodes,
    TaskDeadline? Deadline,
    ReportingPeriod? Recurrence,
    string? ExpectedProduct);

/// <summary>A deadline as the plan words it: a date, a quarter ("Quý II/2025") or a year.</summary>
/// <param name="DueDate">The last day that still counts as on time (end of the quarter or year).</param>
public sealed record TaskDeadline(DeadlineKind Kind, DateOnly DueDate, string Label);

public enum DeadlineKind
{
    Date,
    Quarter,
    Year,
}

/// <summary>Recurring ("Thường xuyên") tasks report every period of the city's reporting calendar.</summary>
public enum ReportingPeriod
{
    Quarterly,
    SixMonthly,
    Yearly,
}
