namespace StPlatform.Contracts.Tasks;

/// <summary>A task was assigned, from a plan's annex or by a leader's directive (no plan).</summary>
public sealed record TaskAssigned(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? PlanId,
    string? AnnexId,
    string Title,
    IReadOnlyList<string> LeadUnitCodes,
    IReadOnlyList<string> CoordinatingUnitCodes,
    DateOnly? DueDate) : IIntegrationEvent;
