using Microsoft.EntityFrameworkCore;
using StPlatform.Messaging.Outbox;
using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>
/// RELIABILITY.md rows 5 and 6: the publishing process killed (SIGKILL, a real child process) after
/// its commits and before it published, or after the broker confirmed its publishes and before it
/// marked the rows sent. A restarted publisher then does the rest.
/// </summary>
public sealed class PublisherCrashTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Writes = 200;
    private static readonly TimeSpan CrashTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_publisher_killed_between_commit_and_publish_publishes_its_rows_after_the_restart()
    {
        await using var consumer = await StartServiceAsync(configure: options => options.RelayEnabled = false);
        await using (var publisher = await ChildService.StartAsync(Setup, "crash-before-publish", Writes))
        {
            await publisher.WaitForExitAsync(CrashTimeout);
        }
        var committed = await CommittedEventIdsAsync();
        Assert.Equal(0, await Effects.CountAsync());

        await using var restarted = await StartServiceAsync(consumes: false);

        var tally = await Effects.SettleAsync("row 5 crash after commit", Writes, committed, SettleTimeout, () => consumer.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.Equal(Writes, committed.Count);
    }

    [Fact]
    public async Task A_publisher_killed_after_publishing_before_marking_sends_again_with_the_same_ids_and_the_inbox_applies_once()
    {
        await using var consumer = await StartServiceAsync(configure: options => options.RelayEnabled = false);
        await using (var publisher = await ChildService.StartAsync(Setup, "crash-after-publish", Writes))
        {
            await publisher.WaitForExitAsync(CrashTimeout);
        }
        var committed = await CommittedEventIdsAsync();
        await using (var db = TestDatabase.Open(Setup.Database))
        {
            Assert.Equal(Writes, await db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null));
        }

        await using var restarted = await StartServiceAsync(consumes: false);

        await SettleOnAsync(() => Task.FromResult(consumer.Ledger.Total), n => n == 2 * Writes, "every event delivered twice");
        var tally = await Effects.SettleAsync("row 6 crash after publish", Writes, committed, SettleTimeout, () => consumer.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.All(committed, id => Assert.Equal(2, consumer.Ledger.Of(id)));
        Assert.Equal(0, consumer.Ledger.ForeignMessageIds);
    }

    private async Task<IReadOnlyList<Guid>> CommittedEventIdsAsync()
    {
        await using var db = TestDatabase.Open(Setup.Database);
        return await db.Set<OutboxMessage>().Select(m => m.MessageId).ToListAsync();
    }
}
