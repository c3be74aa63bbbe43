using System.Text;
using RabbitMQ.Client;
using StPlatform.Hosting.Testing;
using Xunit.Abstractions;

namespace StPlatform.Hosting.Tests;

public sealed class RabbitMQResourceTests(ITestOutputHelper output)
{
    private static CancellationToken Timeout => new CancellationTokenSource(TimeSpan.FromSeconds(90)).Token;

    [Fact]
    public async Task A_message_published_on_the_connection_string_is_consumed()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.Output = output.WriteLine;
        builder.AddRabbitMQ("messaging");
        await using var app = await builder.BuildAsync();
        await app.StartAsync(Timeout);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", Timeout);

        var connectionString = await app.GetConnectionStringAsync("messaging");
        Assert.Matches(@"^amqp://\w+:\w+@127\.0\.0\.1:\d+$", connectionString);
        var factory = new ConnectionFactory { Uri = new Uri(connectionString!) };
        await using var connection = await factory.CreateConnectionAsync(Timeout);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Timeout);
        var queue = await channel.QueueDeclareAsync(cancellationToken: Timeout);
        await channel.BasicPublishAsync("", queue.QueueName, Encoding.UTF8.GetBytes("Nhiệm vụ đã hoàn thành"), Timeout);

        BasicGetResult? received = null;
        for (var attempt = 0; attempt < 50 && received is null; attempt++)
        {
            received = await channel.BasicGetAsync(queue.QueueName, autoAck: true, Timeout);
            await Task.Delay(received is null ? 100 : 0, Timeout);
        }
        Assert.Equal("Nhiệm vụ đã hoàn thành", Encoding.UTF8.GetString(received!.Body.Span));
    }

    [Fact]
    public async Task The_broker_and_its_epmd_run_as_their_own_user_on_loopback_and_are_gone_after_disposal()
    {
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.Output = output.WriteLine;
        var broker = builder.AddRabbitMQ("messaging");
        var app = await builder.BuildAsync();
        int[] children;
        string folder;
        try
        {
            await app.StartAsync(Timeout);
            var healthy = await app.ResourceNotifications.WaitForResourceHealthyAsync("messaging", Timeout);
            folder = app.DataFolder!;
            children = [.. ProcessInspection.RecordedChildren(folder)];

            Assert.Equal(2, children.Length);
            Assert.Contains(healthy.Snapshot.ProcessId!.Value, children);
            Assert.All(children, pid => Assert.Equal(ProcessInspection.IsRoot ? "rabbitmq" : Environment.UserName, ProcessInspection.UserOf(pid)));
            Assert.Equal([ProcessInspection.LoopbackV4], ProcessInspection.ListenersOn(broker.Resource.Port!.Value));
            Assert.All(ProcessInspection.ListenersOfProcess(healthy.Snapshot.ProcessId!.Value),
                address => Assert.Contains(address, new[] { ProcessInspection.LoopbackV4, ProcessInspection.LoopbackV6 }));
        }
        finally
        {
            await app.DisposeAsync();
        }

        Assert.All(children, pid => Assert.False(ProcessInspection.IsAlive(pid), $"PID {pid} is still running."));
        Assert.False(Directory.Exists(folder));
    }
}
