using MassTransit;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>A recorded licence or assignment counts the asset toward "IP commercialised", once.</summary>
public sealed class IpRightCommercialisedConsumer(ProgrammesDbContext db, TimeProvider clock)
    : InboxConsumer<IpRightCommercialised, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<IpRightCommercialised> context)
    {
        var commercialised = context.Message;
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = commercialised.EventId,
            Kind = FactKind.IpCommercialised,
            SubjectId = commercialised.AssetId,
            Reference = commercialised.Kind.ToString(),
            OccurredOn = commercialised.RecordedOn,
        }, clock, context.CancellationToken);
    }
}
