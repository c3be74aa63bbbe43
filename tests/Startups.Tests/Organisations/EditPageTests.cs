using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.Startups;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Organisations;

[Collection(SharedStartupsService.Name)]
public sealed partial class EditPageTests(StartupsFixture fixture)
{
    private static KeyValuePair<string, string>[] Fields(string name, string taxCode, string version, string district = "Quận Hồng Bàng") =>
    [
        new("name", name),
        new("taxCode", taxCode),
        new("type", "innovativeStartup"),
        new("district", district),
        new("foundedYear", "2021"),
        new("technologies", "Thị giác máy tính, IoT"),
        new("isPublic", "true"),
        new("version", version),
    ];

    private static async Task<string> VersionShownAsync(HttpClient client, Guid id)
    {
        var page = await client.GetStringAsync(new Uri($"/startups/{id}/edit", UriKind.Relative));
        return VersionField().Match(page).Groups["version"].Value;
    }

    private Task<string> StoredNameAsync(Guid id) =>
        fixture.WithDbAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync());

    [Fact]
    public async Task Editor_reaches_the_edit_form_from_the_profile_and_the_change_shows_there_and_is_announced()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        Assert.Contains($"href=\"/startups/{organisation.Id}/edit\"", await EditorPages.ProfileAsync(editor, organisation.Id), StringComparison.Ordinal);
        var newName = SampleOrganisations.UniqueName();

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/edit",
            Fields(newName, organisation.TaxCode, await VersionShownAsync(editor, organisation.Id), "Quận Dương Kinh"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/startups/{organisation.Id}", response.Headers.Location?.OriginalString);
        var profile = await EditorPages.ProfileAsync(editor, organisation.Id);
        Assert.Contains(newName, profile, StringComparison.Ordinal);
        Assert.Contains("Quận Dương Kinh", profile, StringComparison.Ordinal);
        Assert.Contains("Thị giác máy tính", profile, StringComparison.Ordinal);
        var updated = Assert.Single(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == organisation.Id));
        Assert.Equal((2, newName, false), (updated.Version, updated.Name, updated.IsStale));
    }

    [Fact]
    public async Task Malformed_tax_code_and_missing_name_are_shown_on_the_form_and_nothing_is_saved()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/edit",
            Fields("", "0201-234", await VersionShownAsync(editor, organisation.Id)));

        var html = await EditorPages.ShownAgainNamingAsync(response, "taxCode");
        Assert.Contains("Mã số thuế gồm 10 chữ số", html, StringComparison.Ordinal);
        Assert.Contains("id=\"name-error\"", html, StringComparison.Ordinal);
        Assert.Equal(organisation.Name, await StoredNameAsync(organisation.Id));
        Assert.Empty(await fixture.EventsAsync<OrganisationUpdated>(e => e.OrganisationId == organisation.Id));
    }

    [Fact]
    public async Task Form_opened_before_someone_else_saved_is_refused_and_does_not_overwrite_their_change()
    {
        var organisation = await fixture.SeedAsync();
        using var editor = fixture.CreateClient();
        var versionShown = await VersionShownAsync(editor, organisation.Id);
        var theirName = SampleOrganisations.UniqueName();
        using (var first = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/edit", Fields(theirName, organisation.TaxCode, versionShown)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var response = await Forms.SubmitAsync(editor, $"/startups/{organisation.Id}/edit",
            Fields(SampleOrganisations.UniqueName(), organisation.TaxCode, versionShown));

        var html = await EditorPages.ShownAgainNamingAsync(response, "version");
        Assert.Contains("vừa được người khác sửa", html, StringComparison.Ordinal);
        Assert.Equal(theirName, await StoredNameAsync(organisation.Id));
    }

    [Fact]
    public async Task Someone_who_is_not_a_directory_editor_cannot_open_or_post_the_edit_form()
    {
        var organisation = await fixture.SeedAsync();
        using var viewer = fixture.CreateClient(PlatformRoles.Viewer, "SKHCN");
        using var anonymous = fixture.CreateAnonymousClient();

        using var viewerGet = await viewer.GetAsync(new Uri($"/startups/{organisation.Id}/edit", UriKind.Relative));
        using var anonymousGet = await anonymous.GetAsync(new Uri($"/startups/{organisation.Id}/edit", UriKind.Relative));
        using var viewerPost = await viewer.PostAsync(new Uri($"/startups/{organisation.Id}/edit", UriKind.Relative),
            new FormUrlEncodedContent(Fields("Tên khác", organisation.TaxCode, "1")));

        EditorPages.IsRefused(viewerGet);
        EditorPages.IsRefused(anonymousGet);
        Assert.NotEqual(HttpStatusCode.OK, viewerPost.StatusCode);
        Assert.DoesNotContain("/edit\"", await EditorPages.ProfileAsync(viewer, organisation.Id), StringComparison.Ordinal);
        Assert.Equal(organisation.Name, await StoredNameAsync(organisation.Id));
    }

    [GeneratedRegex("""name="version" value="(?<version>[0-9]+)" """)]
    private static partial Regex VersionField();
}
