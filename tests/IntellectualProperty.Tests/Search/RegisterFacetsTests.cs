using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Search;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>
/// The register's facets as a visitor reads them: exact counts while a search has at most 1,000
/// results; beyond, the values without any number and a note saying why; links that filter either way.
/// </summary>
[Collection(SharedIpService.Name)]
public sealed partial class RegisterFacetsTests(IpFixture fixture)
{
    [Fact]
    public async Task A_search_with_few_results_shows_exact_counts_and_a_facet_link_narrows_to_them()
    {
        var marker = Unique.Suffix();
        var taxCode = SampleAssets.UniqueTaxCode();
        var assets = new[]
        {
            SampleAssets.Entity($"Phao cứu sinh {marker}", new DateOnly(2021, 3, 1), IpObjectType.Trademark, "Công ty Phao Đồ Sơn", taxCode),
            SampleAssets.Entity($"Phao tiêu {marker}", new DateOnly(2022, 3, 1), IpObjectType.Trademark, "Công ty Phao Đồ Sơn", taxCode),
            SampleAssets.Entity($"Phao neo {marker}", new DateOnly(2022, 6, 1), IpObjectType.Patent),
        };
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        using var client = fixture.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/ip?q=phao+{marker}", UriKind.Relative));
        var narrowed = await client.GetStringAsync(new Uri(FacetLink(page, "Đối tượng / Type", "Nhãn hiệu / trademark"), UriKind.Relative));

        Assert.Equal(["Nhãn hiệu / trademark (2)", "Sáng chế / patent (1)"], Facet(page, "Đối tượng / Type"));
        Assert.Equal(["2022 (2)", "2021 (1)"], Facet(page, "Năm nộp đơn / Filing year"));
        Assert.Contains("Công ty Phao Đồ Sơn (2)", Facet(page, "Chủ sở hữu / Owner"));
        Assert.DoesNotContain("các giá trị lọc dưới đây lấy từ một mẫu", page, StringComparison.Ordinal);
        Assert.Contains("2 tài sản trí tuệ", narrowed, StringComparison.Ordinal);
        Assert.Equal(["Nhãn hiệu / trademark (2) bỏ lọc / clear"], Facet(narrowed, "Đối tượng / Type"));
    }

    [Fact]
    public async Task A_search_with_more_than_a_thousand_results_shows_facet_values_without_counts_and_they_still_filter()
    {
        var marker = Unique.Suffix();
        var assets = Enumerable.Range(0, IpSearch.CountCap + 1)
            .Select(i => SampleAssets.Entity($"Lưới đánh cá {marker} số {i}", new DateOnly(2019, 1, 1).AddDays(i),
                i % 2 == 0 ? IpObjectType.Trademark : IpObjectType.IndustrialDesign))
            .ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        using var client = fixture.CreateClient();

        var page = await client.GetStringAsync(new Uri($"/ip?q={marker}", UriKind.Relative));
        var api = await client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}?q={marker}&facets=true", UriKind.Relative));
        var narrowed = await client.GetStringAsync(new Uri(FacetLink(page, "Đối tượng / Type", "Kiểu dáng công nghiệp / industrial design"), UriKind.Relative));

        Assert.Contains("Hơn 1.000 kết quả: các giá trị lọc dưới đây lấy từ một mẫu các kết quả, không kèm số lượng.", page, StringComparison.Ordinal);
        Assert.Contains("More than 1,000 results: the filter values below come from a sample of them and are shown without counts.", page, StringComparison.Ordinal);
        var types = Facet(page, "Đối tượng / Type");
        Assert.Equal(["Kiểu dáng công nghiệp / industrial design", "Nhãn hiệu / trademark"], types.Order(StringComparer.Ordinal));
        Assert.All(Facet(page, "Năm nộp đơn / Filing year"), year => Assert.Matches("^20(19|20|21)$", year));
        Assert.False(api.GetProperty("facets").GetProperty("counted").GetBoolean());
        Assert.All(api.GetProperty("facets").GetProperty("types").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("count").ValueKind));
        Assert.Contains("500 tài sản trí tuệ", narrowed, StringComparison.Ordinal);
        Assert.Equal(["Kiểu dáng công nghiệp / industrial design (500) bỏ lọc / clear"], Facet(narrowed, "Đối tượng / Type"));
    }

    /// <summary>Each value of a facet as the page shows it, tags stripped: "label (count)".</summary>
    private static List<string> Facet(string html, string title)
    {
        var start = html.IndexOf($"aria-label=\"{title}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The page has no facet \"{title}\".");
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        return [.. Item().Matches(section).Select(m => Space().Replace(WebUtility.HtmlDecode(Tag().Replace(m.Groups[1].Value, " ")), " ").Trim())];
    }

    private static string FacetLink(string html, string title, string label)
    {
        var start = html.IndexOf($"aria-label=\"{title}\"", StringComparison.Ordinal);
        var section = html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
        var link = Link().Matches(section).Single(m => WebUtility.HtmlDecode(m.Groups[2].Value) == label);
        return WebUtility.HtmlDecode(link.Groups[1].Value);
    }

    [GeneratedRegex("<li>(.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex("<a href=\"([^\"]*)\">([^<]*)</a>")]
    private static partial Regex Link();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
