using Npgsql;
using StPlatform.Contracts;
using StPlatform.Hosting;
using StPlatform.Hosting.Testing;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server and one RabbitMQ broker for the whole run, started by our orchestrator.
/// Each test gets a database and a queue prefix of its own, so tests share no data; they run one
/// at a time because several of them stop, kill or freeze the broker.
/// </summary>
public sealed class MessagingInfrastructure : IAsyncLifetime
{
    private DistributedApplication? _app;
    private string _serverConnectionString = "";
    private int _services;

    public Broker Broker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = DistributedApplicationTestingBuilder.Create();
        builder.AddPostgres(ResourceNames.Postgres).AddDatabase(TestDbContext.ConnectionName);
        builder.AddRabbitMQ(ResourceNames.Messaging);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(TestDbContext.ConnectionName, timeout.Token);
        await _app.ResourceNotifications.WaitForResourceHealthyAsync(ResourceNames.Messaging, timeout.Token);

        var database = await _app.GetConnectionStringAsync(TestDbContext.ConnectionName, timeout.Token);
        _serverConnectionString = new NpgsqlConnectionStringBuilder(database) { Database = "postgres", Pooling = false }.ConnectionString;
        var messaging = await _app.GetConnectionStringAsync(ResourceNames.Messaging, timeout.Token)
            ?? throw new InvalidOperationException("The broker has no connection string.");
        var pid = _app.ResourceNotifications.GetSnapshot(ResourceNames.Messaging).ProcessId
            ?? throw new InvalidOperationException("The broker has no process id.");
        Broker = new Broker(messaging, BrokerNode.Of(pid));
    }

    public async Task DisposeAsync()
    {
        if (Broker is not null)
        {
            await Broker.DisposeAsync();
        }
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A fresh database with the test service's schema, and a queue prefix nobody else uses.</summary>
    public async Task<ServiceSetup> NewServiceAsync()
    {
        var (name, database) = await NewDatabaseAsync();
        await using (var db = TestDatabase.Open(database))
        {
            await db.Database.EnsureCreatedAsync();
        }
        return new ServiceSetup(database, Broker.ConnectionString, name.Replace('_', '-'));
    }

    /// <summary>An empty database of its own: its name and connection string.</summary>
    public async Task<(string Name, string ConnectionString)> NewDatabaseAsync()
    {
        var name = $"msgtest_{Interlocked.Increment(ref _services)}_{Guid.NewGuid():N}"[..24];
        await using (var server = new NpgsqlConnection(_serverConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", server);
            await create.ExecuteNonQueryAsync();
        }
        return (name, new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = name, Pooling = true }.ConnectionString);
    }
}

[CollectionDefinition(Name)]
public sealed class BrokerAndDatabase : ICollectionFixture<MessagingInfrastructure>
{
    public const string Name = "broker and database";
}
