using MassTransit;
using StPlatform.Contracts.Startups;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>A certificate counts its organisation toward "S&amp;T enterprises" until that certificate is revoked.</summary>
public sealed class StEnterpriseCertifiedConsumer(ProgrammesDbContext db, TimeProvider clock)
    : InboxConsumer<StEnterpriseCertified, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<StEnterpriseCertified> context)
    {
        var certified = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = certified.EventId,
            Kind = FactKind.EnterpriseCertified,
            SubjectId = certified.OrganisationId,
            Reference = IpObjects.Truncate(certified.CertificateNumber),
            OccurredOn = certified.IssuedOn,
        }, clock, context.CancellationToken);
    }
}
