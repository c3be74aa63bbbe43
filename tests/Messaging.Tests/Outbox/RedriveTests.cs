using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Messaging.Outbox;
using StPlatform.Messaging.Redrive;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Outbox;

/// <summary>What an operator does once the cause of a failure is fixed: re-drive <c>_error</c>, re-queue a parked row.</summary>
public sealed class RedriveTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    [Fact]
    public async Task Messages_in_the_error_queue_go_back_to_their_queue_and_apply_once_the_fault_is_fixed()
    {
        await using var service = await StartServiceAsync();
        var failing = await PostItemAsync(service.Client, ItemRecorded.FailingName);
        var alsoFailing = await PostItemAsync(service.Client, ItemRecorded.FailingName);
        var errorQueue = $"{ConsumerQueue}_error";
        await Eventually.UntilAsync(() => Broker.MessageCountAsync(errorQueue), n => n == 2, SettleTimeout, "both in _error");
        var redrive = service.Services.GetRequiredService<IMessageRedrive>();

        service.Ledger.FaultRepaired = true;
        var moved = await redrive.RedriveErrorQueueAsync(ConsumerQueue);

        Assert.Equal(2, moved);
        var tally = await Effects.SettleAsync("re-driven", 2, [failing.EventId, alsoFailing.EventId], SettleTimeout);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.Equal(0u, await Broker.MessageCountAsync(errorQueue));
        Assert.Equal(0, await redrive.RedriveErrorQueueAsync(ConsumerQueue));
        Assert.Equal(0, await redrive.RedriveErrorQueueAsync("no-such-queue"));
    }

    [Fact]
    public async Task A_parked_row_requeued_by_an_operator_is_published_with_its_event_id_and_applied()
    {
        var parked = new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "parked, then fixed");
        await using (var db = TestDatabase.Open(Setup.Database))
        {
            db.Items.Add(new Item { Id = parked.ItemId, Name = parked.Name });
            db.PublishLater(parked);
            await db.SaveChangesAsync();
            // As the relay leaves a row after MaxRowAttempts faults of its own.
            await db.Set<OutboxMessage>().ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ParkedAt, DateTimeOffset.UtcNow)
                .SetProperty(m => m.Attempts, 3)
                .SetProperty(m => m.LastError, "InvalidCastException: a serialiser bug since fixed"));
        }
        await using var service = await StartServiceAsync();
        var redrive = service.Services.GetRequiredService<IMessageRedrive>();
        var listed = Assert.Single(await redrive.ListParkedAsync());
        Assert.Equal(parked.EventId, listed.MessageId);
        Assert.Contains("serialiser bug", listed.LastError, StringComparison.Ordinal);
        Assert.Equal(0, await Effects.CountAsync());

        Assert.True(await redrive.RequeueParkedAsync(parked.EventId));

        var tally = await Effects.SettleAsync("requeued", 1, [parked.EventId], SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.Equal(0, service.Ledger.ForeignMessageIds);
        Assert.Empty(await redrive.ListParkedAsync());
        Assert.False(await redrive.RequeueParkedAsync(parked.EventId));
        Assert.False(await redrive.RequeueParkedAsync(Guid.NewGuid()));
    }
}
