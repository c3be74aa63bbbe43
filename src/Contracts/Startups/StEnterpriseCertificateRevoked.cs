namespace StPlatform.Contracts.Startups;

/// <summary>An S&amp;T enterprise certificate was revoked, with the reason given.</summary>
public sealed record StEnterpriseCertificateRevoked(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrganisationId,
    string TaxCode,
    string CertificateNumber,
    DateOnly RevokedOn,
    string Reason) : IIntegrationEvent;
