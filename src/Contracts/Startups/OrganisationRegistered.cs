namespace StPlatform.Contracts.Startups;

/// <summary>An organisation entered the directory. The tax code is the identity shared across services.</summary>
public sealed record OrganisationRegistered(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganisationId,
    string? TaxCode,
    string Name,
    string? NameEn,
    OrganisationType Type,
    string? District) : IIntegrationEvent;
