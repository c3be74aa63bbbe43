using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StPlatform.Messaging.Outbox;

namespace StPlatform.Messaging.Bench;

/// <summary>
/// Each stage of the pipeline alone, one after the other: commits (relay off), the relay draining
/// that outbox into the broker (no consumer running), the consumer draining that queue.
/// </summary>
public static class Stages
{
    public static async Task<(double Commits, double Relay, double Consume)> MeasureAsync(string postgres, string amqp, int count, int concurrency)
    {
        var publisherDb = await OutboxPipeline.CreateDatabaseAsync(postgres, "stage_publisher");
        var consumerDb = await OutboxPipeline.CreateDatabaseAsync(postgres, "stage_consumer");
        var none = new NoObserver();

        using (var declare = OutboxPipeline.BuildHost(consumerDb, amqp, "stageconsumer", consumes: true, relay: false, () => none))
        {
            await declare.StartAsync();
            await OutboxPipeline.WaitUntilBusHealthyAsync(declare);
            await declare.StopAsync();
        }

        double commits;
        using (var writer = OutboxPipeline.BuildHost(publisherDb, amqp, "stagepublisher", consumes: false, relay: false, () => none))
        {
            await writer.StartAsync();
            var clock = Stopwatch.StartNew();
            using var gate = new SemaphoreSlim(concurrency);
            await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                await gate.WaitAsync();
                try
                {
                    await using var scope = writer.Services.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<BenchDbContext>();
                    var changed = new SomethingChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid());
                    db.Changes.Add(new Change { Id = changed.ChangeId, At = changed.OccurredAt });
                    db.PublishLater(changed);
                    await db.SaveChangesAsync();
                }
                finally
                {
                    gate.Release();
                }
            }));
            commits = count / clock.Elapsed.TotalSeconds;
            await writer.StopAsync();
        }

        double relay;
        using (var relayHost = OutboxPipeline.BuildHost(publisherDb, amqp, "stagepublisher", consumes: false, relay: true, () => none))
        {
            var clock = Stopwatch.StartNew();
            await relayHost.StartAsync();
            await using var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(publisherDb).Options);
            while (await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null) > 0)
            {
                await Task.Delay(20);
            }
            relay = count / clock.Elapsed.TotalSeconds;
            await relayHost.StopAsync();
        }

        double consume;
        using (var consumer = OutboxPipeline.BuildHost(consumerDb, amqp, "stageconsumer", consumes: true, relay: false, () => none))
        {
            var clock = Stopwatch.StartNew();
            await consumer.StartAsync();
            await using var db = new BenchDbContext(new DbContextOptionsBuilder<BenchDbContext>().UseNpgsql(consumerDb).Options);
            while (await db.Changes.CountAsync() < count)
            {
                await Task.Delay(20);
            }
            consume = count / clock.Elapsed.TotalSeconds;
            await consumer.StopAsync();
        }
        return (commits, relay, consume);
    }

    public sealed class NoObserver : MassTransit.IConsumeObserver
    {
        public Task PreConsume<T>(MassTransit.ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(MassTransit.ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(MassTransit.ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
    }
}
