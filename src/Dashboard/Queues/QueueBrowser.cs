using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using StPlatform.Hosting;

namespace StPlatform.Dashboard.Queues;

/// <summary>
/// The configured queues read over AMQP with passive declares (the management plugin may be off),
/// and the re-drive of parked messages: each is taken from <c>X_error</c>, published back to
/// <c>X</c> through the default exchange, and acknowledged only once the broker confirmed it, so a
/// failure midway leaves the message in the error queue rather than losing it.
/// </summary>
public sealed class QueueBrowser(PlatformView platform, DashboardOptions options)
{
    public const int MaxRedrive = 1000;

    public static string ErrorQueueOf(string queue) => queue + "_error";

    public bool IsConfigured(string queue) => options.Queues.Contains(queue, StringComparer.Ordinal);

    /// <summary>Null when the application has no broker (or it is not running yet).</summary>
    public async Task<IReadOnlyList<QueueDepth>?> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        if (connection is null)
        {
            return null;
        }
        var depths = new List<QueueDepth>();
        foreach (var queue in options.Queues)
        {
            var main = await DeclarePassiveAsync(connection, queue, cancellationToken);
            var error = await DeclarePassiveAsync(connection, ErrorQueueOf(queue), cancellationToken);
            depths.Add(new QueueDepth(queue, main?.MessageCount, main?.ConsumerCount, error?.MessageCount));
        }
        return depths;
    }

    /// <summary>Moves up to <paramref name="count"/> messages from the queue's error queue back to it; returns how many moved.</summary>
    public async Task<int> RedriveAsync(string queue, int count, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken)
            ?? throw new InvalidOperationException("The broker is not running.");
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        var moved = 0;
        while (moved < Math.Min(count, MaxRedrive)
            && await channel.BasicGetAsync(ErrorQueueOf(queue), autoAck: false, cancellationToken) is { } parked)
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties(parked.BasicProperties), parked.Body, cancellationToken);
            await channel.BasicAckAsync(parked.DeliveryTag, multiple: false, cancellationToken);
            moved++;
        }
        return moved;
    }

    private async Task<IConnection?> ConnectAsync(CancellationToken cancellationToken)
    {
        var broker = platform.Application?.Resources.OfType<RabbitMQServerResource>().FirstOrDefault();
        if (broker is null || await broker.GetConnectionStringAsync(cancellationToken) is not { } connectionString)
        {
            return null;
        }
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), ClientProvidedName = "stplatform-dashboard" };
        return await factory.CreateConnectionAsync(cancellationToken);
    }

    /// <summary>A passive declare of a missing queue closes its channel, so each gets a channel of its own.</summary>
    private static async Task<QueueDeclareOk?> DeclarePassiveAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }
}
