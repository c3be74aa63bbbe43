using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// The limit: RabbitMQ.Client alone on the same broker, with what the pipeline also insists on
/// (durable queue, persistent messages, publisher confirms, manual acks), and nothing else: no
/// database on either side, no MassTransit envelope.
/// </summary>
public sealed class BareLoop : IAsyncDisposable
{
    private const string Queue = "bench-bare-loop";

    private readonly IConnection _connection;
    private readonly IChannel _publisher;
    private readonly IChannel _consumer;
    private Measurements _measurements = new();

    private BareLoop(IConnection connection, IChannel publisher, IChannel consumer)
    {
        _connection = connection;
        _publisher = publisher;
        _consumer = consumer;
    }

    public static async Task<BareLoop> StartAsync(string amqp)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(amqp) }.CreateConnectionAsync();
        var publisher = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var consumer = await connection.CreateChannelAsync();
        await consumer.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false);
        await consumer.QueuePurgeAsync(Queue);
        await consumer.BasicQosAsync(0, 200, false);
        var loop = new BareLoop(connection, publisher, consumer);
        var receiver = new AsyncEventingBasicConsumer(consumer);
        receiver.ReceivedAsync += loop.OnReceivedAsync;
        await consumer.BasicConsumeAsync(Queue, autoAck: false, receiver);
        return loop;
    }

    public Measurements Measure() => _measurements = new Measurements();

    public async Task PublishAsync()
    {
        var changed = new SomethingChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid());
        var body = JsonSerializer.SerializeToUtf8Bytes(changed);
        _measurements.Start(changed.EventId);
        await _publisher.BasicPublishAsync("", Queue, true, new BasicProperties { Persistent = true, MessageId = changed.EventId.ToString() }, body);
    }

    public async ValueTask DisposeAsync()
    {
        await _consumer.QueueDeleteAsync(Queue);
        await _publisher.DisposeAsync();
        await _consumer.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        var changed = JsonSerializer.Deserialize<SomethingChanged>(delivery.Body.Span)!;
        _measurements.Finish(changed.EventId);
        await _consumer.BasicAckAsync(delivery.DeliveryTag, false);
    }
}
