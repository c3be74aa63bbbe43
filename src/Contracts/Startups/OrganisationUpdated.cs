namespace StPlatform.Contracts.Startups;

/// <summary>
/// An organisation's directory entry changed. <see cref="Version"/> rises with each change, so a
/// consumer that receives updates out of order keeps the newest. <see cref="IsStale"/> (added later,
/// null from older publishers) is true when the entry was not updated for too long and is announced
/// as outdated, false when it is current.
/// </summary>
public sealed record OrganisationUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganisationId,
    int Version,
    string? TaxCode,
    string Name,
    string? NameEn,
    OrganisationType Type,
    string? District,
    bool? IsStale = null) : IIntegrationEvent;
