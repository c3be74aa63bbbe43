using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 2: kill -9 of the broker while the relay publishes, then a restart.</summary>
public sealed class BrokerKilledTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Writes = 600;

    [Fact]
    public async Task Unconfirmed_publishes_are_sent_again_after_a_kill_and_the_inbox_drops_the_duplicates()
    {
        await using var service = await StartServiceAsync();
        var writer = PacedWriter.Start(service.Client, Writes, TimeSpan.FromMilliseconds(20));
        await writer.UntilAcknowledgedAsync(150);

        await Broker.KillAsync();
        await Broker.RestartAfterKillAsync();
        await writer.Completion;

        Assert.Empty(writer.Failures);
        var tally = await Effects.SettleAsync("row 2 broker killed", writer.Attempted, writer.AcknowledgedEventIds, TimeSpan.FromSeconds(120),
            () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
    }
}
