using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging.Redrive;

internal sealed class MessageRedrive<TDbContext>(IServiceScopeFactory scopes, OutboxSignal signal, BrokerAddress broker) : IMessageRedrive
    where TDbContext : DbContext
{
    private const string ErrorSuffix = "_error";

    /// <summary>Headers MassTransit adds when it moves a message to <c>_error</c>: the fault, not the message.</summary>
    private static readonly string[] FaultHeaderPrefixes = ["MT-Fault-", "MT-Reason", "MT-Host-"];

    public async Task<int> RedriveErrorQueueAsync(string queue, int? maxMessages = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(queue);
        ArgumentOutOfRangeException.ThrowIfNegative(maxMessages ?? 0, nameof(maxMessages));
        var source = queue + ErrorSuffix;
        var factory = new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = broker.VirtualHost,
            UserName = broker.Username,
            Password = broker.Password,
            ClientProvidedName = "redrive",
        };
        await using var connection = await factory.CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);

        uint waiting;
        try
        {
            waiting = (await channel.QueueDeclarePassiveAsync(source, cancellationToken)).MessageCount;
            await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }

        var limit = (int)Math.Min(waiting, (uint)(maxMessages ?? int.MaxValue));
        var moved = 0;
        while (moved < limit && await channel.BasicGetAsync(source, autoAck: false, cancellationToken) is { } message)
        {
            var properties = new BasicProperties(message.BasicProperties)
            {
                Headers = message.BasicProperties.Headers?
                    .Where(h => !FaultHeaderPrefixes.Any(p => h.Key.StartsWith(p, StringComparison.Ordinal)))
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            // The default exchange routes by queue name: straight back to the one queue that failed
            // it, not to every subscriber of the message type.
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, message.Body, cancellationToken);
            await channel.BasicAckAsync(message.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        return moved;
    }

    public async Task<IReadOnlyList<ParkedMessage>> ListParkedAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        return await db.Set<OutboxMessage>()
            .AsNoTracking()
            .Where(m => m.ParkedAt != null && m.PublishedAt == null)
            .OrderBy(m => m.Sequence)
            .Take(limit)
            .Select(m => new ParkedMessage(m.MessageId, m.Type, m.OccurredAt, m.ParkedAt!.Value, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> RequeueParkedAsync(Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var requeued = await db.Set<OutboxMessage>()
            .Where(m => m.MessageId == messageId && m.ParkedAt != null && m.PublishedAt == null)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ParkedAt, (DateTimeOffset?)null)
                .SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, 0), cancellationToken);
        if (requeued == 0)
        {
            return false;
        }
        signal.Notify();
        return true;
    }
}
