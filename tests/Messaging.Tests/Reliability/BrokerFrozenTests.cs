using System.Diagnostics;
using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>
/// RELIABILITY.md row 4, shortened: the broker frozen with SIGSTOP (it accepts TCP but never
/// answers, where a MassTransit publish alone would hang for minutes), then thawed.
/// </summary>
public sealed class BrokerFrozenTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Writes = 100;
    private static readonly TimeSpan SlowestAcceptableWrite = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Relay_publishes_time_out_and_back_off_while_http_writes_go_on_unaffected()
    {
        await using var service = await StartServiceAsync();
        await WriteItemsAsync(service.Client, 10);

        var acknowledged = new List<Guid>();
        var slowest = TimeSpan.Zero;
        await Broker.FreezeAsync();
        try
        {
            foreach (var i in Enumerable.Range(0, Writes))
            {
                var clock = Stopwatch.StartNew();
                acknowledged.Add((await PostItemAsync(service.Client, $"frozen {i}")).EventId);
                slowest = clock.Elapsed > slowest ? clock.Elapsed : slowest;
            }
            await Eventually.UntilAsync(service.HealthAsync, h => h.Contains("Broker unreachable", StringComparison.Ordinal),
                SettleTimeout, "the relay reports its publishes timing out");
        }
        finally
        {
            await Broker.ThawAsync();
        }

        Output.WriteLine($"slowest write while frozen: {slowest.TotalMilliseconds:F0} ms");
        Assert.True(slowest < SlowestAcceptableWrite, $"A write took {slowest} while the broker was frozen.");
        var tally = await Effects.SettleAsync("row 4 broker frozen", Writes, acknowledged, TimeSpan.FromSeconds(120), () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
    }
}
