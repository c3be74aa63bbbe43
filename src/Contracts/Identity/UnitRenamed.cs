namespace StPlatform.Contracts.Identity;

/// <summary>A unit was renamed; its code, which other services key on, does not change.</summary>
public sealed record UnitRenamed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Code,
    string OldName,
    string NewName) : IIntegrationEvent;
