using MassTransit;
using StPlatform.Contracts.Startups;
using StPlatform.Messaging.Inbox;
using StPlatform.Programmes.Data;

namespace StPlatform.Programmes.Measures;

/// <summary>Support counts its organisation once per year toward "startups supported".</summary>
public sealed class StartupSupportedConsumer(ProgrammesDbContext db, TimeProvider clock)
    : InboxConsumer<StartupSupported, ProgrammesDbContext>(db)
{
    protected override Task HandleAsync(ConsumeContext<StartupSupported> context)
    {
        var supported = context.Message;
        if (supported.Year is < 1 or > 9999)
        {
            throw new System.ComponentModel.DataAnnotations.ValidationException($"Year {supported.Year} is not a calendar year.");
        }
        return FactRecorder.RecordAsync(Db, new MeasureFact
        {
            EventId = supported.EventId,
            Kind = FactKind.StartupSupported,
            SubjectId = supported.OrganisationId,
            Reference = IpObjects.Truncate(supported.Programme),
            // The support is known by its year; the first of January places it in that year.
            OccurredOn = new DateOnly(supported.Year, 1, 1),
        }, clock, context.CancellationToken);
    }
}
