using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging;

public static class OutboxDbContextExtensions
{
    /// <summary>
    /// Queues an event in the outbox. It is written by the next <c>SaveChanges</c>, in the same
    /// transaction as the change it records, and published by the relay after the commit.
    /// </summary>
    public static void PublishLater<TEvent>(this DbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);

        var type = integrationEvent.GetType();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            Type = EventTypeName.Of(type),
            Body = JsonSerializer.Serialize(integrationEvent, type, EventTypeName.JsonOptions),
            OccurredAt = integrationEvent.OccurredAt.ToUniversalTime(),
            CreatedAt = DateTimeOffset.UtcNow,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        });
        PendingOutbox.Mark(db);
    }
}
