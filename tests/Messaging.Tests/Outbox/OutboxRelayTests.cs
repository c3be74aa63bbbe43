using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Messaging.Outbox;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Outbox;

public sealed class OutboxRelayTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    [Fact]
    public async Task An_event_committed_with_its_change_reaches_the_consumer_once_with_its_event_id_as_message_id()
    {
        await using var service = await StartServiceAsync();

        var acknowledged = await WriteItemsAsync(service.Client, 50);

        var tally = await Effects.SettleAsync("happy path", 50, acknowledged, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.Equal(0, service.Ledger.ForeignMessageIds);
        await using var db = TestDatabase.Open(Setup.Database);
        Assert.Equal(50, await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt != null));
    }

    [Fact]
    public async Task A_row_whose_type_is_unknown_is_parked_and_the_rows_behind_it_still_flow()
    {
        await using (var db = TestDatabase.Open(Setup.Database))
        {
            db.Set<OutboxMessage>().Add(new OutboxMessage
            {
                MessageId = Guid.NewGuid(),
                Type = "StPlatform.Contracts.Nowhere.ThingThatNeverExisted, StPlatform.Contracts",
                Body = "{}",
                OccurredAt = DateTimeOffset.UtcNow,
                CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await using var service = await StartServiceAsync();

        var acknowledged = await WriteItemsAsync(service.Client, 20);

        var tally = await Effects.SettleAsync("parked row", 20, acknowledged, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        await using var check = TestDatabase.Open(Setup.Database);
        var parked = await check.Set<OutboxMessage>().SingleAsync(m => m.ParkedAt != null);
        Assert.Contains("Unknown event type", parked.LastError, StringComparison.Ordinal);
        Assert.Null(parked.PublishedAt);
    }

    [Fact]
    public async Task Rows_are_published_in_the_order_they_were_committed()
    {
        await using (var writer = await StartServiceAsync(consumes: false, options => options.RelayEnabled = false))
        {
            foreach (var i in Enumerable.Range(0, 30))
            {
                await WriteItemsAsync(writer.Client, 1, name: $"ordered {i:D2}");
            }
        }
        await using var service = await StartServiceAsync(configure: options => options.RelayBatchSize = 7);

        await using var db = TestDatabase.Open(Setup.Database);
        await Eventually.UntilAsync(() => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null), n => n == 0, SettleTimeout, "outbox drained");
        var rows = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.Sequence).ToListAsync();
        Assert.Equal(rows.Select(r => r.PublishedAt), rows.Select(r => r.PublishedAt).Order());
    }

    [Fact]
    public async Task Events_published_while_the_consumer_is_stopped_wait_in_its_durable_queue()
    {
        await (await StartServiceAsync()).DisposeAsync();
        IReadOnlyList<Guid> acknowledged;
        await using (var publisher = await StartServiceAsync(consumes: false))
        {
            acknowledged = await WriteItemsAsync(publisher.Client, 40);
            await Eventually.UntilAsync(() => Broker.MessageCountAsync(ConsumerQueue), n => n == 40, SettleTimeout, "40 messages queued");
        }

        await using var consumer = await StartServiceAsync();

        var tally = await Effects.SettleAsync("consumer stopped", 40, acknowledged, SettleTimeout, () => consumer.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
    }

    [Fact]
    public async Task Publish_latency_relay_round_size_consumer_lag_and_outbox_depth_are_measured_and_reported()
    {
        await using var service = await StartServiceAsync();
        using var meters = new MeterRecorder(service.Services.GetRequiredService<IMeterFactory>());

        var acknowledged = await WriteItemsAsync(service.Client, 10);

        var tally = await Effects.SettleAsync("metrics", 10, acknowledged, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        await Eventually.UntilAsync(service.HealthAsync, h => h.Contains("Outbox: 0 pending, 0 parked.", StringComparison.Ordinal),
            SettleTimeout, "health reports an empty outbox");
        Assert.InRange(meters.Count("stplatform.messaging.publish.duration"), 10, 20);
        Assert.Equal(10, meters.Count("stplatform.messaging.consumer.lag"));
        // Each confirmed publish was a row some round took, and no round is counted without rows.
        Assert.Equal(meters.Count("stplatform.messaging.publish.duration"), meters.Sum("stplatform.messaging.relay.round_size"));
        Assert.InRange(meters.Count("stplatform.messaging.relay.round_size"), 1, meters.Count("stplatform.messaging.publish.duration"));
        Assert.Equal(0, meters.Observe("stplatform.messaging.outbox.depth"));
        Assert.Equal(0, meters.Observe("stplatform.messaging.outbox.parked"));
    }
}
