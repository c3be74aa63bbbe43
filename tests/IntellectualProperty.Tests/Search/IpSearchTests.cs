using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

[Collection(SharedIpService.Name)]
public sealed class IpSearchTests(IpFixture fixture)
{
    [Theory]
    [InlineData("nuoc mam cat hai")]
    [InlineData("NƯỚC MẮM")]
    [InlineData("duc thang")]
    [InlineData("che bie")]
    [InlineData("hop tac xa")]
    public async Task Search_without_diacritics_or_with_partial_words_finds_the_asset_by_title_owner_or_inventor(string words)
    {
        using var client = fixture.CreateClient();
        var marker = Unique.Suffix();
        var steps = await new IpApiSteps(client).RegisterAsync(new
        {
            objectType = "patent",
            title = $"Quy trình chế biến nước mắm Cát Hải {marker}",
            applicationNumber = SampleAssets.UniqueApplicationNumber(),
            filedOn = "2022-09-12",
            owners = new[] { new { name = "Hợp tác xã Nước mắm Cát Hải", taxCode = SampleAssets.UniqueTaxCode() } },
            inventors = new[] { "Phạm Đức Thắng" },
        });

        var found = await SearchAsync(client, $"{words} {marker}");

        Assert.Equal(steps.Id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Exact_application_number_ranks_before_an_asset_that_only_mentions_it()
    {
        using var client = fixture.CreateClient();
        var number = SampleAssets.UniqueApplicationNumber();
        var mentioning = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request($"Cải tiến của giải pháp theo đơn {number}", SampleAssets.UniqueApplicationNumber()));
        var exact = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request("Thiết bị khác hẳn", number));

        var found = await SearchAsync(client, number);

        var ids = found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([exact.Id, mentioning.Id], ids);
    }

    [Fact]
    public async Task Public_register_shows_a_published_asset_but_not_an_unpublished_application()
    {
        using var officer = fixture.CreateClient();
        var marker = Unique.Suffix();
        var published = await new IpApiSteps(officer).RegisterAsync(SampleAssets.Request($"Đã công bố {marker}", SampleAssets.UniqueApplicationNumber()));
        await published.RecordAsync("formalityAccepted", "2023-06-01");
        await published.RecordAsync("published", "2023-07-01", "VN-" + Unique.Digits(6));
        var confidential = await new IpApiSteps(officer).RegisterAsync(SampleAssets.Request($"Chưa công bố {marker}", SampleAssets.UniqueApplicationNumber()));
        using var anonymous = fixture.CreateAnonymousClient();

        var found = await SearchAsync(anonymous, marker);
        using var hidden = await anonymous.GetAsync(new Uri($"{IpAssetApi.Prefix}/{confidential.Id}", UriKind.Relative));

        Assert.Equal(published.Id, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        await ProblemAssert.IsProblemAsync(hidden, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Facets_count_the_results_by_type_class_and_owner_and_a_facet_narrows_them()
    {
        using var client = fixture.CreateClient();
        var marker = Unique.Suffix();
        var taxCode = SampleAssets.UniqueTaxCode();
        await new IpApiSteps(client).RegisterAsync(SampleAssets.Request($"Bộ lọc {marker}", SampleAssets.UniqueApplicationNumber(), taxCode));
        await new IpApiSteps(client).RegisterAsync(SampleAssets.Request($"Nhãn {marker}", SampleAssets.UniqueApplicationNumber(), taxCode, objectType: "trademark"));

        var all = await SearchAsync(client, marker, "&facets=true");
        var marks = await SearchAsync(client, marker, "&type=trademark");

        var facets = all.GetProperty("facets");
        Assert.Equal(2, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["trademark", "utilitySolution"], facets.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("value").GetString()).Order());
        Assert.Equal("C02F 1/14", Assert.Single(facets.GetProperty("classes").EnumerateArray()).GetProperty("value").GetString());
        Assert.Equal(2, Assert.Single(facets.GetProperty("owners").EnumerateArray()).GetProperty("count").GetInt32());
        Assert.Equal(1, marks.GetProperty("totalCount").GetInt32());
    }

    private static Task<JsonElement> SearchAsync(HttpClient client, string q, string extra = "") =>
        client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}?q={Uri.EscapeDataString(q)}{extra}", UriKind.Relative));
}
