using MassTransit;
using StPlatform.Contracts.Startups;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>A revocation cancels the certificate of the same number, whether it arrives before or after it.</summary>
public sealed class StEnterpriseCertificateRevokedConsumer(ProgrammesDbContext db, TimeProvider clock)
    : InboxConsumer<StEnterpriseCertificateRevoked, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<StEnterpriseCertificateRevoked> context)
    {
        var revoked = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = revoked.EventId,
            Kind = FactKind.EnterpriseRevoked,
            SubjectId = revoked.OrganisationId,
            Reference = IpObjects.Truncate(revoked.CertificateNumber),
            OccurredOn = revoked.RevokedOn,
        }, clock, context.CancellationToken);
    }
}
