using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 3: the broker restarted while a consumer works through a backlog.</summary>
public sealed class BrokerRestartTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Backlog = 5000;

    [Fact]
    public async Task A_consumer_reconnects_by_itself_and_drains_its_backlog_without_duplicate_effects()
    {
        await (await StartServiceAsync()).DisposeAsync();
        var eventIds = await SeedItemsAsync(Backlog);
        await using (await StartServiceAsync(consumes: false))
        {
            await Eventually.UntilAsync(() => Broker.MessageCountAsync(ConsumerQueue), n => n == Backlog, SettleTimeout, "the backlog queued");
        }

        // Slowed down (50 ms per effect, handled one after another in the shared transaction) until
        // the broker is down, so that most of the backlog is still queued however long rabbitmqctl
        // takes to stop the node on a busy machine.
        await using var consumer = await StartServiceAsync(configure: options =>
        {
            options.RelayEnabled = false;
            options.PrefetchCount = 16;
            options.ConcurrentMessageLimit = 4;
        });
        consumer.Ledger.HandlingDelay = TimeSpan.FromMilliseconds(50);
        await Eventually.UntilAsync(Effects.CountAsync, n => n >= 50, SettleTimeout, "the consumer under way");
        await Broker.StopAppAsync();
        var appliedBeforeTheRestart = await Effects.CountAsync();
        consumer.Ledger.HandlingDelay = TimeSpan.Zero;
        await Broker.StartAppAsync();

        Output.WriteLine($"applied when the broker stopped: {appliedBeforeTheRestart} of {Backlog}");
        Assert.InRange(appliedBeforeTheRestart, 1, Backlog - 1);
        var tally = await Effects.SettleAsync("row 3 broker restart mid-consume", Backlog, eventIds, TimeSpan.FromSeconds(120),
            () => consumer.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
    }
}
