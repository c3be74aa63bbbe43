namespace StPlatform.Contracts.Identity;

/// <summary>
/// A unit was renamed (its Vietnamese name, its English name or both); its code, which other
/// services key on, does not change. The English names were added later (VERSIONING.md): null in
/// older messages, and null when the unit has no English name.
/// </summary>
public sealed record UnitRenamed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid UnitId,
    string Code,
    string OldName,
    string NewName,
    string? OldNameEn = null,
    string? NewNameEn = null) : IIntegrationEvent;
