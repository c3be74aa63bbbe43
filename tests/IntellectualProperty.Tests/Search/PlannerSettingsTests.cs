using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Data;
using StPlatform.IntellectualProperty.Search;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>
/// A search's planner settings travel in front of its next query instead of in a round trip of
/// their own: they must still reach PostgreSQL, last to the end of the search's transaction, and
/// never leak into a later query of the pooled context.
/// </summary>
[Collection(SharedIpService.Name)]
public sealed class PlannerSettingsTests(IpFixture fixture)
{
    [Fact]
    public async Task Settings_ride_with_the_next_query_last_the_transaction_and_are_never_sent_outside_one()
    {
        var seen = await fixture.WithDbAsync(async db =>
        {
            var values = new List<string>();
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                PlannerSettings.BeforeNextQuery(db, "SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off");
                values.Add(await SettingsAsync(db));
                values.Add(await SettingsAsync(db));
                await transaction.CommitAsync();
            }
            values.Add(await SettingsAsync(db));
            PlannerSettings.BeforeNextQuery(db, "SET LOCAL enable_seqscan = off");
            values.Add(await SettingsAsync(db));
            return values;
        });

        Assert.Equal(["off off", "off off", "on on", "on on"], seen);
    }

    private static Task<string> SettingsAsync(IpDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('enable_seqscan') || ' ' || current_setting('enable_bitmapscan') AS \"Value\"")
            .SingleAsync();
}
