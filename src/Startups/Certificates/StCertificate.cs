namespace StPlatform.Startups.Certificates;

/// <summary>An S&amp;T enterprise certificate (Giấy chứng nhận doanh nghiệp KH&amp;CN, Decree 13/2019).</summary>
public sealed class StCertificate
{
    public const int NumberMaxLength = 50;
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid OrganisationId { get; init; }

    public required string Number { get; init; }

    public DateOnly IssuedOn { get; init; }

    public required string Issuer { get; init; }

    public DateOnly? RevokedOn { get; private set; }

    public string? RevocationReason { get; private set; }

    public CertificateStatus Status => RevokedOn is null ? CertificateStatus.Valid : CertificateStatus.Revoked;

    /// <summary>A certificate is revoked once; revoking it again changes nothing and says so.</summary>
    public bool Revoke(DateOnly revokedOn, string reason)
    {
        if (RevokedOn is not null)
        {
            return false;
        }
        RevokedOn = revokedOn;
        RevocationReason = reason;
        return true;
    }
}

public enum CertificateStatus
{
    Valid,
    Revoked,
}
