using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Contracts.Startups;
using StPlatform.Startups.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Organisations;

[Collection(SharedStartupsService.Name)]
public sealed class OrganisationEditTests(StartupsFixture fixture)
{
    private static async Task<(Guid Id, string TaxCode)> CreateAsync(HttpClient editor)
    {
        var taxCode = SampleOrganisations.UniqueTaxCode();
        using var created = await editor.PostAsJsonAsync(new Uri(OrganisationApi.Prefix, UriKind.Relative), SampleOrganisations.Request(SampleOrganisations.UniqueName(), taxCode));
        return ((await created.Content.ReadAsync<JsonElement>()).GetProperty("id").GetGuid(), taxCode);
    }

    private static HttpRequestMessage Put(Guid id, string taxCode, string name, string? etag) =>
        new(HttpMethod.Put, new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(SampleOrganisations.Request(name, taxCode)),
            Headers = { { "If-Match", etag ?? string.Empty } },
        };

    [Fact]
    public async Task Edit_with_the_current_etag_is_saved_and_announced_with_the_next_version_and_a_stale_etag_is_412()
    {
        using var editor = fixture.CreateClient();
        var (id, taxCode) = await CreateAsync(editor);
        using var read = await editor.GetAsync(new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative));
        var etag = read.Headers.ETag!.Tag;
        var newName = SampleOrganisations.UniqueName();

        using var saved = await editor.SendAsync(Put(id, taxCode, newName, etag));
        using var stale = await editor.SendAsync(Put(id, taxCode, SampleOrganisations.UniqueName(), etag));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var updated = Assert.Single(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == id));
        Assert.Equal((2, newName), (updated.Version, updated.Name));
    }

    [Fact]
    public async Task Edit_without_if_match_is_a_428_and_changes_nothing()
    {
        using var editor = fixture.CreateClient();
        var (id, taxCode) = await CreateAsync(editor);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(SampleOrganisations.Request("Tên mới", taxCode)),
        };

        using var response = await editor.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.PreconditionRequired);
        Assert.Empty(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == id));
    }

    [Fact]
    public async Task Organisation_that_opts_out_disappears_from_the_public_listing_but_not_for_editors()
    {
        using var editor = fixture.CreateClient();
        using var anonymous = fixture.CreateAnonymousClient();
        var (id, _) = await CreateAsync(editor);

        using var optOut = await editor.PutAsJsonAsync(new Uri($"{OrganisationApi.Prefix}/{id}/listing", UriKind.Relative), new { isPublic = false });
        var listed = await anonymous.ReadAllPagesAsync(OrganisationApi.Prefix);
        using var publicProfile = await anonymous.GetAsync(new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative));
        using var editorProfile = await editor.GetAsync(new Uri($"{OrganisationApi.Prefix}/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, optOut.StatusCode);
        Assert.DoesNotContain(listed, o => o.GetProperty("id").GetGuid() == id);
        await ProblemAssert.IsProblemAsync(publicProfile, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, editorProfile.StatusCode);
    }

    [Fact]
    public async Task Editor_entry_is_registered_once_in_the_outbox()
    {
        using var editor = fixture.CreateClient();

        var (id, taxCode) = await CreateAsync(editor);

        var registered = Assert.Single(await fixture.EventsAsync<OrganisationRegistered>(e => e.OrganisationId == id));
        Assert.Equal(taxCode, registered.TaxCode);
    }

    [Fact]
    public async Task Entry_not_updated_for_the_configured_months_is_marked_stale_and_stays_listed()
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName(), lastUpdatedAt: DateTimeOffset.UtcNow.AddMonths(-13));
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });

        await fixture.WithDbAsync(db => global::StPlatform.Startups.Verification.StaleMarker.MarkAsync(db, DateTimeOffset.UtcNow, 12, CancellationToken.None));
        using var anonymous = fixture.CreateAnonymousClient();
        var profile = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/{organisation.Id}", UriKind.Relative));

        Assert.Equal("stale", profile.GetProperty("organisation").GetProperty("state").GetString());
    }
}
