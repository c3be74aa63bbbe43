using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests.Documents;

[Collection(SharedProgrammesService.Name)]
public sealed class RegistryPageTests(ProgrammesFixture fixture)
{
    [Fact]
    public async Task Registry_page_shows_a_stored_document_with_its_diacritics_and_date_as_dd_MM_yyyy()
    {
        var title = SampleDocuments.UniqueTitle();
        await fixture.WithDbAsync(db =>
        {
            db.Documents.Add(SampleDocuments.Entity(title, new DateOnly(2099, 12, 31)));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var row = await HtmlRows.FindRowAsync(client, "/programmes", title);

        Assert.Contains("<td>31/12/2099</td>", row, StringComparison.Ordinal);
        Assert.Contains("Chương trình", row, StringComparison.Ordinal);
        Assert.Contains("Thành ủy Hải Phòng", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Document_entered_on_the_form_is_saved_as_a_draft_and_the_browser_sent_to_its_page()
    {
        using var client = fixture.CreateClient();
        var title = SampleDocuments.UniqueTitle();

        using var response = await Forms.SubmitAsync(client, "/programmes/new",
        [
            new("kind", "scheme"),
            new("number", "123/ĐA-UBND"),
            new("title", title),
            new("issuer", "UBND thành phố Hải Phòng"),
            new("signedOn", "2024-09-30"),
            new("periodStartYear", "2024"),
            new("periodEndYear", "2030"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/programmes/", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var listed = await client.ReadAllPagesAsync("/api/programmes");
        var document = Assert.Single(listed, d => d.GetProperty("title").GetString() == title);
        Assert.Equal("scheme", document.GetProperty("kind").GetString());
        Assert.Equal("draft", document.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Form_with_mistakes_is_shown_again_with_each_field_marked()
    {
        using var client = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/programmes/new",
        [
            new("kind", "plan"),
            new("number", "không hợp lệ"),
            new("title", ""),
            new("issuer", "UBND thành phố"),
            new("signedOn", "2024-09-30"),
            new("periodStartYear", "năm"),
            new("periodEndYear", "2030"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"number-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"title-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"periodStartYear-error\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"issuer-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"không hợp lệ\"", html, StringComparison.Ordinal);
    }
}
