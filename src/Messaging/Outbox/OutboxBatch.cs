using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace StPlatform.Messaging.Outbox;

internal enum BatchOutcome
{
    /// <summary>Fewer rows than a batch were due: wait for a commit or the poll interval.</summary>
    Drained,

    /// <summary>A whole batch went out: more are probably due, go on at once.</summary>
    Full,

    /// <summary>The broker or the database failed the round: back off.</summary>
    Failed,
}

/// <summary>
/// One round of the relay: lock the next due rows, publish them pipelined with their event id as
/// the message id, wait for the broker's confirms under a timeout of our own (a frozen broker never
/// answers), then mark what was confirmed. The row locks are held for the round, so a second
/// instance of the service takes other rows; a crash before the commit leaves the rows pending and
/// they go out again with the same message id, which the consumers' inbox absorbs.
/// </summary>
internal sealed partial class OutboxBatch<TDbContext>(
    IServiceScopeFactory scopes, IBus bus, RelayState state, MessagingMetrics metrics,
    MessagingOptions options, ILogger<OutboxBatch<TDbContext>> logger)
    where TDbContext : DbContext
{
    public async Task<BatchOutcome> PublishNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await OutboxRows.LockNextAsync(db, transaction, options.RelayBatchSize, cancellationToken);
        if (rows.Count == 0)
        {
            await OutboxRows.CommitAsync(transaction, cancellationToken);
            return BatchOutcome.Drained;
        }

        metrics.RecordRound(rows.Count);
        var ids = rows.Select(r => r.MessageId).ToList();
        if (options.Hooks.BeforePublish is { } beforePublish)
        {
            await beforePublish(ids, cancellationToken);
        }
        var results = await PublishAllAsync(rows, cancellationToken);
        // Shutting down: leave the rows pending rather than count cancelled publishes as broker
        // failures; any that did go out are sent again after the restart and absorbed by the inbox.
        cancellationToken.ThrowIfCancellationRequested();
        var published = results.Where(r => r.Confirmed).Select(r => r.Row).ToList();
        if (options.Hooks.AfterPublish is { } afterPublish)
        {
            await afterPublish(published.Select(r => r.MessageId).ToList(), cancellationToken);
        }

        var now = DateTimeOffset.UtcNow;
        await OutboxRows.MarkPublishedAsync(db, transaction, published, now, cancellationToken);
        foreach (var fault in results.Where(r => r.Error is not null && IsRowFault(r.Error)))
        {
            await RecordRowFaultAsync(db, fault, now, cancellationToken);
        }
        await OutboxRows.CommitAsync(transaction, cancellationToken);

        var brokerFailures = results.Where(r => !r.Confirmed && (r.Error is null || !IsRowFault(r.Error))).ToList();
        if (brokerFailures.Count > 0)
        {
            metrics.RecordPublishFailures(brokerFailures.Count);
            state.BrokerFailed(now);
            LogBrokerFailure(logger, brokerFailures[0].Error, brokerFailures.Count, rows.Count);
            return BatchOutcome.Failed;
        }
        if (published.Count > 0)
        {
            state.BrokerSucceeded();
        }
        return rows.Count >= options.RelayBatchSize ? BatchOutcome.Full : BatchOutcome.Drained;
    }

    private async Task<IReadOnlyList<PublishResult>> PublishAllAsync(List<PendingRow> rows, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);

        // Started in sequence order on one bus, so the broker receives them in that order unless
        // one fails and is sent again later.
        var attempts = rows.Select(row => (Row: row, Task: PublishOneAsync(row, timeout.Token))).ToList();
        try
        {
            await Task.WhenAll(attempts.Select(a => a.Task)).WaitAsync(options.PublishTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // A publish that ignored its cancellation token; it is reported as timed out below.
        }
        return attempts
            .Select(a => a.Task.IsCompletedSuccessfully
                ? new PublishResult(a.Row, a.Task.Result is null, a.Task.Result)
                : new PublishResult(a.Row, false, new TimeoutException("The broker did not confirm in time.")))
            .ToList();
    }

    /// <returns>Null once the broker confirmed; otherwise what went wrong. Never throws, so a
    /// publish abandoned by the timeout leaves no unobserved exception behind.</returns>
    private async Task<Exception?> PublishOneAsync(PendingRow row, CancellationToken cancellationToken)
    {
        try
        {
            var type = EventTypeName.Resolve(row.Type)
                ?? throw new NotSupportedException($"Unknown event type '{row.Type}'.");
            var message = JsonSerializer.Deserialize(row.Body, type, EventTypeName.JsonOptions)
                ?? throw new JsonException("The body is null.");
            using var activity = MessagingActivities.StartPublish(row.TraceParent, type.Name);
            var started = Stopwatch.GetTimestamp();
            await bus.Publish(message, type, context => context.MessageId = row.MessageId, cancellationToken);
            metrics.RecordPublished(Stopwatch.GetElapsedTime(started));
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    /// <summary>
    /// A row whose type is unknown or whose body does not read is parked at once: retrying cannot
    /// help. Other faults of the row itself are retried with a growing pause, then parked. Either
    /// way the rows behind it are not held up.
    /// </summary>
    private async Task RecordRowFaultAsync(TDbContext db, PublishResult fault, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var attempts = fault.Row.Attempts + 1;
        var park = fault.Error is NotSupportedException or JsonException || attempts >= options.MaxRowAttempts;
        var error = $"{fault.Error!.GetType().Name}: {fault.Error.Message}";
        await db.Set<OutboxMessage>()
            .Where(m => m.Sequence == fault.Row.Sequence)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, error.Length > 2000 ? error[..2000] : error)
                .SetProperty(m => m.NextAttemptAt, now + Backoff.After(attempts, options.MaxBackoff))
                .SetProperty(m => m.ParkedAt, park ? now : null), cancellationToken);
        if (park)
        {
            LogParked(logger, fault.Error, fault.Row.MessageId, fault.Row.Type);
        }
    }

    /// <summary>Faults of the row itself, as opposed to the broker being away, slow or closing.</summary>
    private static bool IsRowFault(Exception error) => error switch
    {
        JsonException or NotSupportedException or ArgumentException or InvalidCastException => true,
        { InnerException: { } inner } => IsRowFault(inner),
        _ => false,
    };

    private sealed record PublishResult(PendingRow Row, bool Confirmed, Exception? Error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox relay: {Failed} of {Total} publishes failed or were not confirmed; backing off")]
    private static partial void LogBrokerFailure(ILogger logger, Exception? exception, int failed, int total);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay parked message {MessageId} of type {Type}: it cannot be published")]
    private static partial void LogParked(ILogger logger, Exception? exception, Guid messageId, string type);
}
