using MassTransit;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>A lapsed patent or utility solution no longer counts as protected, even if its grant arrives later.</summary>
public sealed class IpRightLapsedConsumer(ProgrammesDbContext db, TimeProvider clock) : InboxConsumer<IpRightLapsed, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<IpRightLapsed> context)
    {
        var lapsed = context.Message;
        if (!IpObjects.CountsAsPatent(lapsed.ObjectType))
        {
            return Task.CompletedTask;
        }
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = lapsed.EventId,
            Kind = FactKind.PatentLapsed,
            SubjectId = lapsed.AssetId,
            Reference = lapsed.Reason.ToString(),
            OccurredOn = lapsed.EffectiveOn,
        }, clock, context.CancellationToken);
    }
}
