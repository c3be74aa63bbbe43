using MassTransit;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts;

namespace StPlatform.Messaging.Inbox;

/// <summary>
/// A consumer whose effect is applied at most once per event: the event id is recorded in
/// <c>inbox_messages</c> in the same transaction as the changes <see cref="HandleAsync"/> makes
/// to <see cref="Db"/>. A redelivery finds the id already there and is acknowledged without effect;
/// a failure rolls both back, so the retry (or the <c>_error</c> queue) sees the message unapplied.
/// Throw <see cref="System.ComponentModel.DataAnnotations.ValidationException"/> for a message that
/// can never be applied: it is not retried.
/// </summary>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    protected TDbContext Db => db;

    /// <summary>The inbox key beside the event id; stable across releases, unique per consumer.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.CancellationToken;
        var applied = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            // The transaction below is all-or-nothing anyway; a savepoint per SaveChanges would
            // only add two round trips to every message.
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // ON CONFLICT waits for a concurrent copy's transaction, so two deliveries of one event
            // on two instances cannot both apply it.
            var recorded = await db.Database.ExecuteSqlRawAsync(
                MessagingTables.Of(db).RecordInboxSql, [context.Message.EventId, ConsumerName], cancellationToken);
            if (recorded == 0)
            {
                return false;
            }
            await HandleAsync(context);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });

        var metrics = context.GetServiceOrCreateInstance<MessagingMetrics>();
        if (applied)
        {
            metrics.RecordConsumed(context.Message.OccurredAt);
        }
        else
        {
            metrics.RecordDuplicate();
        }
    }

    /// <summary>Applies the event through <see cref="Db"/>; do not call SaveChanges or commit.</summary>
    protected abstract Task HandleAsync(ConsumeContext<TEvent> context);
}
