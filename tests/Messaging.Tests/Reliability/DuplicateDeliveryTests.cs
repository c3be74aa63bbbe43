using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 8: the same envelope published twice.</summary>
public sealed class DuplicateDeliveryTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    [Fact]
    public async Task A_second_copy_of_an_envelope_is_acknowledged_without_effect()
    {
        await using var service = await StartServiceAsync();
        var bus = service.Services.GetRequiredService<IBus>();
        var events = Enumerable.Range(0, 25)
            .Select(i => new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), $"twice {i}"))
            .ToList();

        foreach (var recorded in events)
        {
            await bus.Publish(recorded, context => context.MessageId = recorded.EventId);
            await bus.Publish(recorded, context => context.MessageId = recorded.EventId);
        }

        await SettleOnAsync(() => Task.FromResult(service.Ledger.Total), n => n == 50, "both copies delivered");
        var tally = await Effects.SettleAsync("row 8 duplicate delivery", 25, [.. events.Select(e => e.EventId)], SettleTimeout,
            () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.All(events, e => Assert.Equal(2, service.Ledger.Of(e.EventId)));
        Assert.Equal(0u, await Broker.MessageCountAsync($"{ConsumerQueue}_error"));
    }
}
