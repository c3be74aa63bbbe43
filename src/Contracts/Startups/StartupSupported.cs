namespace StPlatform.Contracts.Startups;

/// <summary>An organisation received support from a programme (amount in million VND, when known).</summary>
public sealed record StartupSupported(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganisationId,
    string? TaxCode,
    string Programme,
    int Year,
    decimal? AmountMillionVnd) : IIntegrationEvent;
