namespace StPlatform.Contracts.Identity;

/// <summary>A unit (a department or district committee) joined the city's platform.</summary>
public sealed record UnitRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Code,
    string Name,
    string? NameEn,
    string Kind) : IIntegrationEvent;
