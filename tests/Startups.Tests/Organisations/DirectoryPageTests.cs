using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Organisations;

[Collection(SharedStartupsService.Name)]
public sealed class DirectoryPageTests(StartupsFixture fixture)
{
    [Fact]
    public async Task Directory_page_shows_a_stored_organisation_with_its_type_in_vietnamese()
    {
        var name = $"Công ty TNHH Đổi mới sáng tạo Đồ Sơn {Unique.Suffix()}";
        await fixture.WithDbAsync(db =>
        {
            db.Organisations.Add(SampleOrganisations.Entity(name));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var row = await HtmlRows.FindRowAsync(client, "/startups", name);

        Assert.Contains("Vườn ươm", row, StringComparison.Ordinal);
        Assert.Contains("Quận Ngô Quyền", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_entered_on_the_form_is_listed_and_the_browser_sent_back()
    {
        using var client = fixture.CreateClient();
        var name = SampleOrganisations.UniqueName();
        var taxCode = SampleOrganisations.UniqueTaxCode();

        using var response = await Forms.SubmitAsync(client, "/startups/new",
        [
            new("name", name),
            new("taxCode", taxCode),
            new("type", "innovativeStartup"),
            new("district", "Huyện An Dương"),
            new("foundedYear", ""),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/startups", response.Headers.Location?.OriginalString);
        var organisation = Assert.Single(await client.ReadAllPagesAsync("/api/startups"), o => o.GetProperty("taxCode").GetString() == taxCode);
        Assert.Equal(name, organisation.GetProperty("name").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, organisation.GetProperty("foundedYear").ValueKind);
    }

    [Fact]
    public async Task Form_with_a_malformed_tax_code_is_shown_again_naming_it()
    {
        using var client = fixture.CreateClient();

        using var response = await Forms.SubmitAsync(client, "/startups/new",
        [
            new("name", SampleOrganisations.UniqueName()),
            new("taxCode", "0201-234"),
            new("type", "incubator"),
            new("district", "Quận Kiến An"),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"taxCode-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Mã số thuế gồm 10 chữ số", html, StringComparison.Ordinal);
    }
}
