using RabbitMQ.Client;

namespace StPlatform.ServiceDefaults;

/// <summary>
/// One shared, lazily opened broker connection. A failed open is retried on the next call rather
/// than cached, so a service started before the broker connects as soon as the broker is up.
/// </summary>
public sealed class RabbitMQConnectionProvider(IConnectionFactory factory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;

    public async Task<IConnection> GetConnectionAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } existing)
        {
            return existing;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _connection ??= await factory.CreateConnectionAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
