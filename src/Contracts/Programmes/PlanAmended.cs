namespace StPlatform.Contracts.Programmes;

/// <summary>
/// A plan was amended. <see cref="AmendmentNumber"/> rises by one per amendment, so a consumer can
/// ignore an amendment older than one it has already applied.
/// </summary>
public sealed record PlanAmended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PlanId,
    string Number,
    int AmendmentNumber,
    string? Reason,
    IReadOnlyList<AnnexTask> TasksAdded,
    IReadOnlyList<AnnexTask> TasksChanged,
    IReadOnlyList<string> TasksCancelled) : IIntegrationEvent;
