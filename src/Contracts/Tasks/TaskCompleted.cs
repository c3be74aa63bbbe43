namespace StPlatform.Contracts.Tasks;

/// <summary>The DOST task office confirmed a task done; on time or late against its deadline.</summary>
public sealed record TaskCompleted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid TaskId,
    Guid? PlanId,
    string? AnnexId,
    IReadOnlyList<string> LeadUnitCodes,
    DateOnly CompletedOn,
    DateOnly? DueDate,
    bool OnTime) : IIntegrationEvent;
