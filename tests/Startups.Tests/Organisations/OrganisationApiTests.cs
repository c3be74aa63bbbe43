using System.Net;
using System.Net.Http.Json;
using StPlatform.Startups.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Organisations;

[Collection(SharedStartupsService.Name)]
public sealed class OrganisationApiTests(StartupsFixture fixture)
{
    private static readonly Uri Collection = new(OrganisationApi.Prefix, UriKind.Relative);

    [Fact]
    public async Task Listed_organisation_is_in_the_directory_with_what_was_sent()
    {
        using var client = fixture.CreateClient();
        var name = SampleOrganisations.UniqueName();
        var taxCode = SampleOrganisations.UniqueTaxCode();

        using var created = await client.PostAsJsonAsync(Collection, SampleOrganisations.Request(name, taxCode));
        var listed = (await client.ReadAllPagesAsync(OrganisationApi.Prefix)).Single(o => o.GetProperty("name").GetString() == name);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(taxCode, listed.GetProperty("taxCode").GetString());
        Assert.Equal("scienceTechnologyEnterprise", listed.GetProperty("type").GetString());
        Assert.Equal("Quận Lê Chân", listed.GetProperty("district").GetString());
        Assert.Equal(2018, listed.GetProperty("foundedYear").GetInt32());
    }

    [Fact]
    public async Task Branch_with_a_ten_dash_three_tax_code_is_accepted()
    {
        using var client = fixture.CreateClient();
        var taxCode = $"{SampleOrganisations.UniqueTaxCode()}-001";

        using var created = await client.PostAsJsonAsync(Collection, SampleOrganisations.Request(SampleOrganisations.UniqueName(), taxCode));
        var profile = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(created.Headers.Location, JsonReading.Options);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(taxCode, profile.GetProperty("organisation").GetProperty("taxCode").GetString());
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("02012345678")]
    [InlineData("0201234567-1")]
    [InlineData("020123456a")]
    [InlineData("0201234567 ")]
    public async Task Tax_code_not_of_the_form_10_or_10_3_digits_is_named(string taxCode)
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, SampleOrganisations.Request(SampleOrganisations.UniqueName(), taxCode));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "taxCode");
    }

    [Fact]
    public async Task Tax_code_listed_twice_is_a_409_naming_it_and_the_first_listing_stays()
    {
        using var client = fixture.CreateClient();
        var taxCode = SampleOrganisations.UniqueTaxCode();
        var firstName = SampleOrganisations.UniqueName();

        using var first = await client.PostAsJsonAsync(Collection, SampleOrganisations.Request(firstName, taxCode));
        using var second = await client.PostAsJsonAsync(Collection, SampleOrganisations.Request(SampleOrganisations.UniqueName(), taxCode));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ProblemAssert.NamesFieldsAsync(second, HttpStatusCode.Conflict, "taxCode");
        var withCode = (await client.ReadAllPagesAsync(OrganisationApi.Prefix)).Where(o => o.GetProperty("taxCode").GetString() == taxCode);
        Assert.Equal(firstName, Assert.Single(withCode).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Founding_year_in_the_future_and_an_unknown_type_are_named()
    {
        using var client = fixture.CreateClient();

        using var response = await client.PostAsJsonAsync(Collection, new
        {
            name = SampleOrganisations.UniqueName(),
            taxCode = SampleOrganisations.UniqueTaxCode(),
            type = "bank",
            district = "Quận Hồng Bàng",
            foundedYear = DateTime.UtcNow.Year + 2,
        });

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "type", "foundedYear");
    }

    [Fact]
    public async Task Organisation_stored_in_the_database_is_listed_by_the_api()
    {
        var name = SampleOrganisations.UniqueName();
        await fixture.WithDbAsync(db =>
        {
            db.Organisations.Add(SampleOrganisations.Entity(name));
            return db.SaveChangesAsync();
        });
        using var client = fixture.CreateClient();

        var listed = await client.ReadAllPagesAsync(OrganisationApi.Prefix);

        Assert.Equal("incubator", Assert.Single(listed, o => o.GetProperty("name").GetString() == name).GetProperty("type").GetString());
    }
}
