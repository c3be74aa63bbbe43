using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.Startups.Organisations;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Directory;

[Collection(SharedStartupsService.Name)]
public sealed class DirectorySearchTests(StartupsFixture fixture)
{
    private async Task<Organisation> SeedAsync(string name, Action<Organisation>? shape = null)
    {
        var organisation = SampleOrganisations.Entity(name);
        shape?.Invoke(organisation);
        organisation.Refold();
        await fixture.WithDbAsync(db => { db.Organisations.Add(organisation); return db.SaveChangesAsync(); });
        return organisation;
    }

    [Fact]
    public async Task Search_without_diacritics_finds_a_vietnamese_name()
    {
        var marker = Unique.Suffix();
        var organisation = await SeedAsync($"Vườn ươm Doanh nghiệp Khởi nghiệp Đổi mới Sáng tạo Thủy Nguyên {marker}");
        using var anonymous = fixture.CreateAnonymousClient();

        var found = await anonymous.ReadAllPagesAsync($"{OrganisationApi.Prefix}?q={Uri.EscapeDataString($"doi moi sang tao thuy nguyen {marker}")}");

        Assert.Equal(organisation.Id, Assert.Single(found).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Every_word_of_the_search_must_appear_but_in_any_order()
    {
        var marker = Unique.Suffix();
        var organisation = await SeedAsync($"Công ty TNHH Cảm biến Môi trường Biển Cát Bà {marker}");
        using var anonymous = fixture.CreateAnonymousClient();

        var found = await anonymous.ReadAllPagesAsync($"{OrganisationApi.Prefix}?q={Uri.EscapeDataString($"{marker} cat ba cam bien")}");
        var notFound = await anonymous.ReadAllPagesAsync($"{OrganisationApi.Prefix}?q={Uri.EscapeDataString($"{marker} do son")}");

        Assert.Equal(organisation.Id, Assert.Single(found).GetProperty("id").GetGuid());
        Assert.Empty(notFound);
    }

    [Fact]
    public async Task Percent_in_the_search_is_taken_literally_not_as_a_wildcard()
    {
        var marker = Unique.Suffix();
        await SeedAsync($"Quỹ Đầu tư Mạo hiểm Cát Hải {marker}");
        using var anonymous = fixture.CreateAnonymousClient();

        var found = await anonymous.ReadAllPagesAsync($"{OrganisationApi.Prefix}?q={Uri.EscapeDataString($"cat%{marker}")}");

        Assert.Empty(found);
    }

    [Fact]
    public async Task Facets_count_the_search_results_by_type_sector_district_and_certification()
    {
        var marker = Unique.Suffix();
        await SeedAsync($"Công ty TNHH Cơ khí Chính xác Kiến An {marker}", o =>
        {
            o.Type = OrganisationType.InnovativeStartup;
            o.Sectors = ["manufacturing", "ict"];
            o.District = "Quận Kiến An";
            o.Stage = Stage.Growth;
        });
        await SeedAsync($"Công ty CP Logistics Đình Vũ {marker}", o =>
        {
            o.Type = OrganisationType.InnovativeStartup;
            o.Sectors = ["logistics", "ict"];
            o.District = "Quận Hải An";
        });
        using var anonymous = fixture.CreateAnonymousClient();

        var facets = await anonymous.GetFromJsonAsync<JsonElement>(new Uri($"{OrganisationApi.Prefix}/facets?q={marker}", UriKind.Relative));
        var filtered = await anonymous.ReadAllPagesAsync($"{OrganisationApi.Prefix}?q={marker}&sector=manufacturing&type=innovativeStartup&stage=growth");

        Assert.Equal(2, Count(facets, "type", "innovativeStartup"));
        Assert.Equal(2, Count(facets, "sector", "ict"));
        Assert.Equal(1, Count(facets, "sector", "logistics"));
        Assert.Equal(1, Count(facets, "district", "Quận Kiến An"));
        Assert.Equal(2, Count(facets, "certified", "false"));
        Assert.Equal($"Công ty TNHH Cơ khí Chính xác Kiến An {marker}", Assert.Single(filtered).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Unknown_facet_value_is_a_400_naming_the_facet()
    {
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.GetAsync(new Uri($"{OrganisationApi.Prefix}?type=bank&stage=unicorn", UriKind.Relative));

        await ProblemAssert.NamesFieldsAsync(response, HttpStatusCode.BadRequest, "type", "stage");
    }

    [Fact]
    public async Task Csv_export_has_the_search_results_with_their_diacritics_and_defuses_formulas()
    {
        var marker = Unique.Suffix();
        await SeedAsync($"=HYPERLINK(\"x\") Công ty Đa Phúc {marker}");
        using var anonymous = fixture.CreateAnonymousClient();

        using var response = await anonymous.GetAsync(new Uri($"{OrganisationApi.Prefix}/export.csv?q={marker}", UriKind.Relative));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mã số thuế / Tax code", csv, StringComparison.Ordinal);
        Assert.Contains($"\"'=HYPERLINK(\"\"x\"\") Công ty Đa Phúc {marker}\"", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static int Count(JsonElement facets, string facet, string value) =>
        facets.GetProperty(facet).EnumerateArray().Where(f => f.GetProperty("value").GetString() == value)
            .Select(f => f.GetProperty("count").GetInt32()).SingleOrDefault();
}
