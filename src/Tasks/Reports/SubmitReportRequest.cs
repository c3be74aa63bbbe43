namespace StPlatform.Tasks.Reports;

/// <param name="Period">A period of the calendar ("2025-H1", "2025-Y"); the one due next when left out.</param>
public sealed record SubmitReportRequest(string? Period, string? Content);

public sealed record ContributionResponse(string UnitCode, string Content, DateTimeOffset SubmittedAt);

/// <param name="OnTime">Derived: submitted (a day in the city) no later than the period's due date.</param>
public sealed record ReportResponse(
    Guid Id, string Period, string PeriodLabel, DateOnly DueDate, string UnitCode, string Content,
    DateTimeOffset SubmittedAt, bool OnTime, IReadOnlyList<ContributionResponse> Contributions);
