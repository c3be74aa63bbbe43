using StPlatform.Contracts.Startups;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.Startups.Verification;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Verification;

[Collection(SharedStartupsService.Name)]
public sealed class StaleAnnouncementTests(StartupsFixture fixture)
{
    private Task<int> MarkAsync(DateTimeOffset now) =>
        fixture.WithDbAsync(db => StaleMarker.MarkAsync(db, now, 12, CancellationToken.None));

    [Fact]
    public async Task Entry_becoming_stale_is_announced_exactly_once_however_often_the_marker_runs()
    {
        var organisation = await fixture.SeedAsync(lastUpdatedAt: DateTimeOffset.UtcNow.AddMonths(-14));

        await MarkAsync(DateTimeOffset.UtcNow);
        await MarkAsync(DateTimeOffset.UtcNow.AddMinutes(30));
        await MarkAsync(DateTimeOffset.UtcNow.AddDays(1));

        var updated = Assert.Single(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((2, true, organisation.TaxCode), (updated.Version, updated.IsStale, updated.TaxCode));
    }

    [Fact]
    public async Task Entry_updated_recently_is_neither_marked_nor_announced()
    {
        var organisation = await fixture.SeedAsync(lastUpdatedAt: DateTimeOffset.UtcNow.AddMonths(-11));

        await MarkAsync(DateTimeOffset.UtcNow);

        Assert.Empty(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == organisation.Id));
    }

    [Fact]
    public async Task Stale_entry_says_not_updated_on_its_profile_and_waits_in_the_editor_queue()
    {
        var organisation = await fixture.SeedAsync(lastUpdatedAt: DateTimeOffset.UtcNow.AddMonths(-14));
        await MarkAsync(DateTimeOffset.UtcNow);
        using var anonymous = fixture.CreateAnonymousClient();
        using var editor = fixture.CreateClient();

        var profile = await EditorPages.ProfileAsync(anonymous, organisation.Id);
        var queue = await editor.GetStringAsync(new Uri("/startups/queue", UriKind.Relative));

        Assert.Contains("Thông tin chưa cập nhật", profile, StringComparison.Ordinal);
        Assert.Contains("Not updated since", profile, StringComparison.Ordinal);
        var row = HtmlRows.RowContaining(queue, organisation.Name);
        Assert.Contains("Chưa cập nhật / Not updated", row, StringComparison.Ordinal);
        Assert.Contains($"href=\"/startups/{organisation.Id}/edit\"", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stale_entry_confirmed_in_the_queue_is_current_again_and_announced_as_such()
    {
        var organisation = await fixture.SeedAsync(lastUpdatedAt: DateTimeOffset.UtcNow.AddMonths(-14));
        await MarkAsync(DateTimeOffset.UtcNow);
        using var editor = fixture.CreateClient();

        using var verified = await Forms.SubmitAsync(editor, $"/startups/queue?handler=Verify&id={organisation.Id}", []);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, verified.StatusCode);

        var announcements = await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == organisation.Id);
        Assert.Equal([(2, (bool?)true), (3, false)], announcements.Select(e => (e.Version, e.IsStale)));
        Assert.DoesNotContain("Thông tin chưa cập nhật", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
    }
}
