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
/// <remarks>
/// Messages of one consumer that arrive while another is being applied share the next transaction
/// (<see cref="InboxGroup{TEvent, TDbContext}"/>): one commit for several messages. Each handler
/// still sees what the ones before it wrote, as they are saved one after another in that
/// transaction. If a handler fails, the transaction is rolled back, that message fails as it would
/// alone, and the others are applied again each in a transaction of its own; a retry runs alone.
/// </remarks>
public abstract class InboxConsumer<TEvent, TDbContext>(TDbContext db) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TDbContext : DbContext
{
    private TDbContext? _shared;

    /// <summary>The context to change: the consumer's own, or the one of the transaction it shares.</summary>
    protected TDbContext Db => _shared ?? db;

    /// <summary>The inbox key beside the event id; stable across releases, unique per consumer.</summary>
    protected virtual string ConsumerName => GetType().Name;

    internal TDbContext OwnDb => db;

    internal string InboxKey => ConsumerName;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limit = context.GetServiceOrCreateInstance<MessagingOptions>().ConsumerBatchLimit;
        var outcome = limit <= 1 || context.GetRetryAttempt() > 0
            ? InboxOutcome.Alone
            : await context.GetServiceOrCreateInstance<InboxGroups>().For<TEvent, TDbContext>(GetType(), limit)
                .ApplyAsync(new InboxEntry<TEvent, TDbContext>(this, context));
        if (outcome == InboxOutcome.Alone)
        {
            outcome = await ApplyAloneAsync(context) ? InboxOutcome.Applied : InboxOutcome.Duplicate;
        }

        var metrics = context.GetServiceOrCreateInstance<MessagingMetrics>();
        if (outcome == InboxOutcome.Applied)
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

    /// <summary>Runs <see cref="HandleAsync"/> against <paramref name="shared"/> and saves, inside its open transaction.</summary>
    internal async Task ApplyInAsync(TDbContext shared, ConsumeContext<TEvent> context)
    {
        _shared = shared;
        try
        {
            await HandleAsync(context);
            await shared.SaveChangesAsync(context.CancellationToken);
        }
        finally
        {
            _shared = null;
        }
    }

    private async Task<bool> ApplyAloneAsync(ConsumeContext<TEvent> context)
    {
        var cancellationToken = context.CancellationToken;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
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
    }
}
