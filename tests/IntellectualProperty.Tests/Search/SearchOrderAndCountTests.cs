using System.Net.Http.Json;
using System.Text.Json;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Search;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>What keeps a broad search fast at a million assets: newest first, a capped count.</summary>
[Collection(SharedIpService.Name)]
public sealed class SearchOrderAndCountTests(IpFixture fixture)
{
    [Fact]
    public async Task Matches_come_newest_filing_first_and_pages_do_not_overlap()
    {
        var marker = Unique.Suffix();
        var years = new[] { 2019, 2023, 2021 };
        var assets = years.Select(y => SampleAssets.Entity($"Máy bốc xếp cảng biển {marker}", new DateOnly(y, 3, 1))).ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        using var client = fixture.CreateClient();

        var first = await SearchAsync(client, $"boc xep {marker}", "&pageSize=2");
        var second = await SearchAsync(client, $"boc xep {marker}", "&pageSize=2&page=2");

        var filed = Items(first).Concat(Items(second)).Select(i => i.GetProperty("filedOn").GetString()).ToList();
        Assert.Equal(["2023-03-01", "2021-03-01", "2019-03-01"], filed);
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.False(first.GetProperty("totalCountIsCapped").GetBoolean());
    }

    [Fact]
    public async Task A_search_with_more_than_a_thousand_matches_says_so_instead_of_counting_them_all()
    {
        var marker = Unique.Suffix();
        var assets = Enumerable.Range(0, IpSearch.CountCap + 1)
            .Select(i => SampleAssets.Entity($"Cảm biến độ mặn {marker} số {i}", new DateOnly(2020, 1, 1).AddDays(i)))
            .ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        using var client = fixture.CreateClient();

        var found = await SearchAsync(client, marker);
        var page = await client.GetStringAsync(new Uri($"/ip?q={marker}", UriKind.Relative));

        Assert.Equal(IpSearch.CountCap, found.GetProperty("totalCount").GetInt32());
        Assert.True(found.GetProperty("totalCountIsCapped").GetBoolean());
        Assert.Equal(20, Items(found).Count);
        Assert.Equal(assets[^1].Id, Items(found)[0].GetProperty("id").GetGuid());
        Assert.Contains("Hơn 1.000 tài sản trí tuệ", page, StringComparison.Ordinal);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static Task<JsonElement> SearchAsync(HttpClient client, string q, string extra = "") =>
        client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}?q={Uri.EscapeDataString(q)}{extra}", UriKind.Relative));
}
