using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 1: the broker application stopped for a while under a steady write load.</summary>
public sealed partial class BrokerDownTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Writes = 1000;

    [Fact]
    public async Task Writes_succeed_while_the_broker_is_stopped_and_every_event_is_applied_once_after_it_returns()
    {
        await using var service = await StartServiceAsync();
        var writer = PacedWriter.Start(service.Client, Writes, TimeSpan.FromMilliseconds(60));
        await writer.UntilAcknowledgedAsync(150);

        await Broker.StopAppAsync();
        string health;
        try
        {
            var stoppedAt = writer.Acknowledged;
            health = await Eventually.UntilAsync(service.HealthAsync, IsDegradedWithPendingEvents, SettleTimeout,
                "readiness degraded with events waiting in the outbox");
            await writer.UntilAcknowledgedAsync(stoppedAt + 400);
        }
        finally
        {
            await Broker.StartAppAsync();
        }
        await writer.Completion;

        Output.WriteLine($"health while the broker was stopped: {health}");
        Assert.Empty(writer.Failures);
        Assert.Equal(Writes, writer.Acknowledged);
        var tally = await Effects.SettleAsync("row 1 broker down", writer.Attempted, writer.AcknowledgedEventIds, TimeSpan.FromSeconds(120),
            () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
    }

    /// <summary>Degraded, not Unhealthy: the service stays in rotation while its outbox grows.</summary>
    private static bool IsDegradedWithPendingEvents(string health)
    {
        using var json = JsonDocument.Parse(health);
        var status = json.RootElement.GetProperty("status").GetString();
        var outbox = json.RootElement.GetProperty("checks").GetProperty("messaging-outbox").GetProperty("description").GetString() ?? "";
        var pending = PendingCount().Match(outbox);
        return status == "Degraded" && pending.Success && int.Parse(pending.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    [GeneratedRegex(@"Outbox: (\d+) pending")]
    private static partial Regex PendingCount();
}
