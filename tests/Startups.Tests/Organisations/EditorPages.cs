using System.Net;
using StPlatform.Startups.Organisations;

namespace StPlatform.Startups.Tests.Organisations;

/// <summary>What the editor-form tests share: a fresh entry, its profile as the editor reads it.</summary>
internal static class EditorPages
{
    public static async Task<Organisation> SeedAsync(this StartupsFixture fixture, DateTimeOffset? lastUpdatedAt = null)
    {
        var organisation = SampleOrganisations.Entity(SampleOrganisations.UniqueName(), lastUpdatedAt: lastUpdatedAt);
        await fixture.WithDbAsync(db =>
        {
            db.Organisations.Add(organisation);
            return db.SaveChangesAsync();
        });
        return organisation;
    }

    public static Task<string> ProfileAsync(HttpClient client, Guid id) =>
        client.GetStringAsync(new Uri($"/startups/{id}", UriKind.Relative));

    /// <summary>A page is shown again (200) with the message of <paramref name="field"/>.</summary>
    public static async Task<string> ShownAgainNamingAsync(HttpResponseMessage response, string field)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"{field}-error\"", html, StringComparison.Ordinal);
        return html;
    }

    /// <summary>Refused to someone who is not a directory editor: forbidden, or sent to sign in.</summary>
    public static void IsRefused(HttpResponseMessage response) =>
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.Unauthorized,
            $"Expected a refusal, got {(int)response.StatusCode}.");
}
