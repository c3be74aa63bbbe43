using MassTransit;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>A granted patent or utility solution counts toward "patents protected"; other objects do not.</summary>
public sealed class IpRightGrantedConsumer(ProgrammesDbContext db, TimeProvider clock) : InboxConsumer<IpRightGranted, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<IpRightGranted> context)
    {
        var granted = context.Message;
        if (!IpObjects.CountsAsPatent(granted.ObjectType))
        {
            return Task.CompletedTask;
        }
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = granted.EventId,
            Kind = FactKind.PatentGranted,
            SubjectId = granted.AssetId,
            Reference = IpObjects.Truncate(granted.GrantNumber),
            OccurredOn = granted.GrantedOn,
        }, clock, context.CancellationToken);
    }
}

internal static class IpObjects
{
    public static bool CountsAsPatent(IpObjectType type) => type is IpObjectType.Patent or IpObjectType.UtilitySolution;

    public static string? Truncate(string? reference) =>
        reference is { Length: > MeasureFact.ReferenceMaxLength } ? reference[..MeasureFact.ReferenceMaxLength] : reference;
}
