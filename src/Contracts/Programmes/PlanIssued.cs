namespace StPlatform.Contracts.Programmes;

/// <summary>A plan was issued; its task annex is what the task service turns into tasks.</summary>
public sealed record PlanIssued(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    string Number,
    string Title,
    int PeriodStartYear,
    int PeriodEndYear,
    IReadOnlyList<AnnexTask> Tasks) : IIntegrationEvent;
