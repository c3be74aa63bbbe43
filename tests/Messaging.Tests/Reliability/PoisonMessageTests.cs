using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 9: malformed JSON, an envelope that breaks an invariant, an unknown type.</summary>
public sealed class PoisonMessageTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int RetryCount = 3;

    [Fact]
    public async Task Poison_goes_to_the_error_or_skipped_queue_and_the_messages_behind_it_keep_flowing()
    {
        await using var service = await StartServiceAsync();

        await Broker.SendRawAsync(ConsumerQueue, "{ \"messageType\": [\"urn:message:StPlatform.Messaging.Tests.TestService:ItemRecorded\"], \"message\": {");
        await Broker.SendRawAsync(ConsumerQueue, $$"""
            { "messageId": "{{Guid.NewGuid()}}", "messageType": ["urn:message:StPlatform.Nowhere:NeverHeardOf"], "message": { "eventId": "{{Guid.NewGuid()}}" } }
            """);
        var invalid = await PostItemAsync(service.Client, ItemRecorded.InvalidName);
        var failing = await PostItemAsync(service.Client, ItemRecorded.FailingName);
        var behind = await WriteItemsAsync(service.Client, 30);

        var tally = await Effects.SettleAsync("row 9 poison", 30, behind, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        await Eventually.UntilAsync(() => Broker.MessageCountAsync($"{ConsumerQueue}_error"), n => n >= 3, SettleTimeout, "three messages in _error");
        await Eventually.UntilAsync(() => Broker.MessageCountAsync($"{ConsumerQueue}_skipped"), n => n >= 1, SettleTimeout, "one message in _skipped");
        Assert.Equal(3u, await Broker.MessageCountAsync($"{ConsumerQueue}_error"));
        Assert.Equal(1u, await Broker.MessageCountAsync($"{ConsumerQueue}_skipped"));
        Assert.Equal(1, service.Ledger.AttemptsOf(invalid.EventId));
        Assert.Equal(1 + RetryCount, service.Ledger.AttemptsOf(failing.EventId));
        Assert.Equal(0, await Effects.CountOfAsync([invalid.EventId, failing.EventId]));
    }
}
