using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Tests.Infrastructure;
using StPlatform.Messaging.Tests.TestService;

namespace StPlatform.Messaging.Tests.Inbox;

/// <summary>Messages that wait for the consumer share one transaction; a poison one among them still goes alone.</summary>
public sealed class GroupCommitTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Backlog = 300;

    [Fact]
    public async Task A_backlog_is_applied_in_shared_transactions_and_poison_among_it_still_goes_alone_to_error()
    {
        var eventIds = await SeedItemsAsync(Backlog / 2);
        var invalid = await SeedAsync(ItemRecorded.InvalidName);
        var failing = await SeedAsync(ItemRecorded.FailingName);
        eventIds = [.. eventIds, .. await SeedItemsAsync(Backlog / 2)];

        await using var service = await StartServiceAsync();

        var tally = await Effects.SettleAsync("group commit with poison", Backlog, eventIds, SettleTimeout, () => service.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        await SettleOnAsync(() => Broker.MessageCountAsync($"{ConsumerQueue}_error"), n => n >= 2, "both poison messages in _error");
        Assert.Equal(2u, await Broker.MessageCountAsync($"{ConsumerQueue}_error"));
        Assert.Equal(0, await Effects.CountOfAsync([invalid, failing]));
        Assert.Equal(1, service.Ledger.AttemptsOf(invalid));

        // Rows written by one transaction share its id (xmin): fewer transactions than effects.
        await using var db = TestDatabase.Open(Setup.Database);
        var transactions = await db.Database
            .SqlQueryRaw<long>("SELECT count(DISTINCT xmin::text)::bigint AS \"Value\" FROM effects")
            .SingleAsync();
        Output.WriteLine($"{Backlog} effects in {transactions} transactions");
        Assert.InRange(transactions, 1, Backlog / 2);
    }

    private async Task<Guid> SeedAsync(string name)
    {
        await using var db = TestDatabase.Open(Setup.Database);
        var recorded = new ItemRecorded(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), name);
        db.Items.Add(new Item { Id = recorded.ItemId, Name = name });
        db.PublishLater(recorded);
        await db.SaveChangesAsync();
        return recorded.EventId;
    }
}
