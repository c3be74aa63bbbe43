using StPlatform.Messaging.Tests.Infrastructure;

namespace StPlatform.Messaging.Tests.Reliability;

/// <summary>RELIABILITY.md row 7: the consuming process killed (SIGKILL) in the middle of a backlog.</summary>
public sealed class ConsumerCrashTests(MessagingInfrastructure infrastructure, ITestOutputHelper output)
    : MessagingScenario(infrastructure, output)
{
    private const int Backlog = 3000;

    [Fact]
    public async Task Redelivery_after_a_consumer_is_killed_is_a_no_op_where_the_effect_was_committed()
    {
        var eventIds = await SeedItemsAsync(Backlog);
        await using (var child = await ChildService.StartAsync(Setup, "consume"))
        {
            await using (await StartServiceAsync(consumes: false))
            {
                await Eventually.UntilAsync(Effects.CountAsync, n => n >= 200, SettleTimeout, "the child consumer under way");
                child.Kill();
            }
        }
        var appliedBeforeTheKill = await Effects.CountAsync();
        Output.WriteLine($"applied when the consumer was killed: {appliedBeforeTheKill} of {Backlog}");

        await using var consumer = await StartServiceAsync();

        var tally = await Effects.SettleAsync("row 7 consumer killed", Backlog, eventIds, TimeSpan.FromSeconds(120), () => consumer.Ledger.Total);
        tally.AssertNothingLostOrDuplicated(Output);
        Assert.InRange(appliedBeforeTheKill, 1, Backlog - 1);
    }
}
