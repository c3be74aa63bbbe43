using System.Diagnostics;
using System.Globalization;
using RabbitMQ.Client;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// The faults RELIABILITY.md provokes on the broker: stop and start the RabbitMQ application (the
/// Erlang node stays up), kill -9 the node, freeze and thaw it.
/// </summary>
public sealed class Broker(string connectionString, BrokerNode node) : IAsyncDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private int _processId = node.ProcessId;
    private Process? _relaunched;

    public string ConnectionString => connectionString;

    public Task StopAppAsync() => RabbitMQCtlAsync("stop_app");

    public async Task StartAppAsync()
    {
        await RabbitMQCtlAsync("start_app");
        await WaitUntilAcceptingAsync();
    }

    public async Task KillAsync()
    {
        using (var process = Process.GetProcessById(_processId))
        {
            process.Kill();
        }
        await Eventually.UntilAsync(() => Task.FromResult(BrokerNode.IsGone(_processId)), gone => gone,
            TimeSpan.FromSeconds(30), "the killed broker is gone");
    }

    public async Task RestartAfterKillAsync()
    {
        _relaunched?.Dispose();
        _relaunched = node.Relaunch();
        _processId = _relaunched.Id;
        await WaitUntilAcceptingAsync();
    }

    public Task FreezeAsync() => SignalAsync("STOP");

    public Task ThawAsync() => SignalAsync("CONT");

    /// <summary>Stops a broker this class started again after a kill; the orchestrator stops its own.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_relaunched is null)
        {
            return;
        }
        if (!_relaunched.HasExited)
        {
            using (var term = Process.Start("kill", ["-TERM", _relaunched.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _relaunched.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _relaunched.Kill();
            }
        }
        _relaunched.Dispose();
    }
    public async Task WaitUntilAcceptingAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(2) };
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                await using var connection = await factory.CreateConnectionAsync();
                return true;
            }
            catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or TimeoutException)
            {
                return false;
            }
        }, up => up, TimeSpan.FromSeconds(60), "the broker accepts connections");
    }

    /// <summary>Deletes a test's queues so that later tests' events do not pile up in them.</summary>
    public async Task DeleteQueuesAsync(params string[] queues)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in queues)
        {
            await channel.QueueDeleteAsync(queue);
        }
    }

    /// <returns>The queue's ready messages; 0 while it does not exist yet.</returns>
    public async Task<uint> MessageCountAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return 0;
        }
    }

    /// <summary>Ready messages and consumers of a queue, for a test that did not settle in time.</summary>
    public async Task<string> QueueStateAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            var state = await channel.QueueDeclarePassiveAsync(queue);
            return string.Create(CultureInfo.InvariantCulture, $"ready={state.MessageCount} consumers={state.ConsumerCount}");
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return "absent";
        }
    }

    /// <summary>
    /// Ready and unacknowledged messages and consumers of a queue as the broker itself lists them
    /// (a passive declare counts ready messages only), for a test that did not settle in time.
    /// </summary>
    public async Task<string> QueueCountsAsync(string queue)
    {
        try
        {
            var listing = await RabbitMQCtlAsync("list_queues", "-q", "name", "messages_ready", "messages_unacknowledged", "consumers");
            var line = listing.Split('\n').FirstOrDefault(l => l.Split('\t')[0] == queue);
            return line is null ? "not listed" : "name/ready/unacked/consumers " + line.Trim().Replace('\t', ' ');
        }
        catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException)
        {
            return $"(rabbitmqctl failed: {ex.Message})";
        }
    }

    /// <summary>Puts a body straight into a queue, as a misbehaving publisher would.</summary>
    public async Task SendRawAsync(string queue, string body)
    {
        var factory = new ConnectionFactory { Uri = new Uri(connectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        var properties = new BasicProperties
        {
            ContentType = "application/vnd.masstransit+json",
            MessageId = Guid.NewGuid().ToString(),
            Persistent = true,
        };
        await channel.BasicPublishAsync("", queue, true, properties, System.Text.Encoding.UTF8.GetBytes(body));
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _processId.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    private async Task<string> RabbitMQCtlAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/lib/rabbitmq/bin/rabbitmqctl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("-n");
        start.ArgumentList.Add(node.NodeName);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["HOME"] = node.Home;
        start.Environment["ERL_EPMD_PORT"] = node.EpmdPort;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmqctl did not start.");
        using var timeout = new CancellationTokenSource(CommandTimeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {await error}");
        }
        return await output;
    }
}
