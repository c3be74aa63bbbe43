namespace StPlatform.Contracts.Startups;

/// <summary>An S&amp;T enterprise certificate (Decree 13/2019) was recorded for an organisation.</summary>
public sealed record StEnterpriseCertified(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganisationId,
    string TaxCode,
    string CertificateNumber,
    DateOnly IssuedOn,
    string Issuer) : IIntegrationEvent;
