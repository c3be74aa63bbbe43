namespace StPlatform.Hosting;

/// <summary>A RabbitMQ broker run from the local RabbitMQ package, with its own epmd.</summary>
public sealed class RabbitMQServerResource(string name) : Resource(name), IResourceWithConnectionString, IResourceWithWaitSupport
{
    /// <summary>The AMQP port, known once the application has started.</summary>
    public int? Port { get; internal set; }

    /// <summary>The default user, generated on first start and kept in the data folder.</summary>
    public string? UserName { get; internal set; }

    public string? Password { get; internal set; }

    public ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Port is { } port && UserName is { } user && Password is { } password
            ? $"amqp://{user}:{password}@127.0.0.1:{port}"
            : null);
}
