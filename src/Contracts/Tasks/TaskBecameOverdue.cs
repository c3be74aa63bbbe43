namespace StPlatform.Contracts.Tasks;

/// <summary>An open task passed its deadline.</summary>
public sealed record TaskBecameOverdue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? PlanId,
    string? AnnexId,
    IReadOnlyList<string> LeadUnitCodes,
    DateOnly DueDate) : IIntegrationEvent;
