using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using StPlatform.Contracts;
using StPlatform.ServiceDefaults;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// The whole path as services use it: a publishing service commits a change and its event in one
/// transaction; its relay publishes with confirms; a consuming service applies the effect and its
/// inbox row in one transaction. Two hosts, two databases, one broker.
/// </summary>
public sealed class OutboxPipeline : IAsyncDisposable, IConsumeObserver
{
    private const string DatabaseName = "benchdb";

    private readonly IHost _publisher;
    private readonly IHost _consumer;
    private Measurements _measurements = new();

    private OutboxPipeline(IHost publisher, IHost consumer)
    {
        _publisher = publisher;
        _consumer = consumer;
    }

    /// <summary>Messages the consumer applies in one transaction at most (<see cref="MessagingOptions.ConsumerBatchLimit"/>).</summary>
    public static int ConsumerBatchLimit { get; set; } = new MessagingOptions().ConsumerBatchLimit;

    public static async Task<OutboxPipeline> StartAsync(string postgresServer, string amqp)
    {
        var publisherDb = await CreateDatabaseAsync(postgresServer, "bench_publisher");
        var consumerDb = await CreateDatabaseAsync(postgresServer, "bench_consumer");
        OutboxPipeline? pipeline = null;
        var publisher = BuildHost(publisherDb, amqp, "benchpublisher", consumes: false, relay: true, () => pipeline!);
        var consumer = BuildHost(consumerDb, amqp, "benchconsumer", consumes: true, relay: true, () => pipeline!);
        pipeline = new OutboxPipeline(publisher, consumer);
        await consumer.StartAsync();
        await publisher.StartAsync();
        await WaitUntilBusHealthyAsync(consumer);
        await WaitUntilBusHealthyAsync(publisher);
        return pipeline;
    }

    public Measurements Measure() => _measurements = new Measurements();

    public async Task WriteAsync()
    {
        await using var scope = _publisher.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
        var changed = new SomethingChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid());
        db.Changes.Add(new Change { Id = changed.ChangeId, At = changed.OccurredAt });
        db.PublishLater(changed);
        await db.SaveChangesAsync();
        _measurements.Start(changed.EventId);
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    /// <summary>After the consumer's transaction committed: the effect is visible.</summary>
    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is SomethingChanged changed)
        {
            _measurements.Finish(changed.EventId);
        }
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _publisher.StopAsync();
        await _consumer.StopAsync();
        _publisher.Dispose();
        _consumer.Dispose();
    }

    /// <summary>A service as the platform builds one: service defaults, pooled DbContext, AddMessaging.</summary>
    public static IHost BuildHost<TObserver>(string database, string amqp, string prefix, bool consumes, bool relay, Func<TObserver> observer)
        where TObserver : class, IConsumeObserver
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = prefix });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration[$"ConnectionStrings:{DatabaseName}"] = database;
        builder.Configuration[$"ConnectionStrings:{ResourceNames.Messaging}"] = amqp;
        builder.AddServiceDefaults();
        builder.AddNpgsqlDbContext<BenchDbContext>(DatabaseName);
        builder.AddMessaging<BenchDbContext>(bus =>
        {
            if (consumes)
            {
                bus.AddConsumer<SomethingChangedConsumer>();
            }
        }, options =>
        {
            options.EndpointPrefix = prefix;
            options.RelayEnabled = relay;
            options.ConsumerBatchLimit = ConsumerBatchLimit;
        });
        builder.Services.AddConsumeObserver(_ => observer());
        return builder.Build();
    }

    public static async Task<string> CreateDatabaseAsync(string server, string name)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}; CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
        await using var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(database).Options);
        await db.Database.EnsureCreatedAsync();
        return database;
    }

    public static async Task WaitUntilBusHealthyAsync(IHost host)
    {
        var bus = host.Services.GetRequiredService<IBusControl>();
        for (var attempt = 0; attempt < 600 && bus.CheckHealth().Status != BusHealthStatus.Healthy; attempt++)
        {
            await Task.Delay(100);
        }
    }
}
