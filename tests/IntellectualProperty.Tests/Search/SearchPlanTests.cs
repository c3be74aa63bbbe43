using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Search;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>
/// The probe sends a search with many matches to a sequential count and a walk of the filing-date
/// index, one with few to a single bitmap fetch ranked in memory; readers must not see which.
/// </summary>
[Collection(SharedIpService.Name)]
public sealed class SearchPlanTests(IpFixture fixture)
{
    [Fact]
    public async Task Probe_finds_a_word_of_every_asset_dense_and_a_word_of_one_asset_rare()
    {
        var marker = Unique.Suffix();
        var assets = Enumerable.Range(0, IpSearchPlan.DenseMatches)
            .Select(i => SampleAssets.Entity($"Phao tiêu {marker}{i:D2}", new DateOnly(2021, 1, 1).AddDays(i)))
            .ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });

        // Every application number has a dash, so every sampled row matches "-".
        var everyAsset = await fixture.WithDbAsync(db => IpSearchPlan.ProbeAsync(db, true, new IpSearchRequest("-"), CancellationToken.None));
        var oneAsset = await fixture.WithDbAsync(db => IpSearchPlan.ProbeAsync(db, true, new IpSearchRequest($"{marker}07"), CancellationToken.None));

        // A table of a few thousand rows is never big enough to skip the count.
        Assert.Equal(IpSearchPlan.Way.CountAndWalk, everyAsset.Way);
        Assert.True(everyAsset.Matches.Count >= IpSearchPlan.DenseMatches);
        Assert.Equal(IpSearchPlan.Way.FetchFew, oneAsset.Way);
        Assert.Equal([assets[7].Id], oneAsset.Matches);
    }

    [Fact]
    public async Task Probe_reads_the_pages_its_matches_lie_in_and_the_table_size_as_postgres_last_counted_it()
    {
        var marker = Unique.Suffix();
        var assets = Enumerable.Range(0, 30).Select(i => SampleAssets.Entity($"Cảng cá {marker}", new DateOnly(2022, 1, 1).AddDays(i))).ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ANALYZE ip_assets"));

        Task<double> TableRowsAsync() => fixture.WithDbAsync(db => db.Database.SqlQuery<double>(
            $"SELECT reltuples::float8 AS \"Value\" FROM pg_class WHERE oid = 'ip_assets'::regclass").SingleAsync());
        var rowsBefore = await TableRowsAsync();
        var probe = await fixture.WithDbAsync(db => IpSearchPlan.ProbeAsync(db, true, new IpSearchRequest(marker), CancellationToken.None));
        var rowsAfter = await TableRowsAsync();
        var ids = assets.Select(a => a.Id).ToArray();
        var pages = await fixture.WithDbAsync(db => db.Database.SqlQuery<int>(
            $"SELECT count(DISTINCT (ctid::text::point)[0])::int AS \"Value\" FROM ip_assets WHERE id = ANY({ids})").SingleAsync());

        // A test table is smaller than the sample, so the probe sees every one of them.
        Assert.Equal(ids.Order(), probe.Matches.Order());
        Assert.Equal(pages, probe.Pages);
        // Another test's inserts may wake autovacuum's ANALYZE at any time.
        Assert.Contains(probe.TableRows, new[] { rowsBefore, rowsAfter });
        Assert.True(probe.TableRows >= assets.Count);
        Assert.Equal(IpSearchPlan.Way.CountAndWalk, probe.Way);
    }

    [Theory]
    [InlineData(34, 30, 1_000_000, IpSearchPlan.Way.WalkOnly)] // "nguyen duc thang", 1.7% of a million, spread over the table
    [InlineData(500, 150, 1_000_000, IpSearchPlan.Way.WalkOnly)] // "hai phong", a quarter of the table
    [InlineData(40, 3, 1_000_000, IpSearchPlan.Way.CountAndWalk)] // one owner's bulk import, in three sampled pages
    [InlineData(25, 14, 1_000_000, IpSearchPlan.Way.CountAndWalk)] // near 1%: not certain enough, counted
    [InlineData(400, 100, 20_000, IpSearchPlan.Way.CountAndWalk)] // a small table: at most 20,000 × 100/2,000 is not 5,000 sure
    [InlineData(60, 50, -1, IpSearchPlan.Way.CountAndWalk)] // never analysed: no size to extrapolate to
    [InlineData(19, 19, 1_000_000, IpSearchPlan.Way.FetchFew)]
    public void The_count_is_skipped_only_when_the_sampled_matches_prove_more_than_a_thousand(int matches, int pages, double tableRows, IpSearchPlan.Way way) =>
        Assert.Equal(way, IpSearchPlan.Choose(matches, pages, tableRows));

    [Fact]
    public async Task Few_matches_ranked_in_memory_come_newest_first_then_by_application_number_as_the_database_orders_them()
    {
        var marker = Unique.Suffix();
        var days = new[] { 3, 1, 3, 2, 3 };
        var assets = days.Select(d => SampleAssets.Entity($"Cần cẩu bốc xếp {marker}", new DateOnly(2024, 4, d))).ToList();
        await fixture.WithDbAsync(db => { db.Assets.AddRange(assets); return db.SaveChangesAsync(); });
        using var client = fixture.CreateClient();

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await SearchAsync(client, $"can cau {marker}", $"&pageSize=2&page={page}"));
        }

        var expected = assets.OrderByDescending(a => a.FiledOn).ThenBy(a => a.ApplicationNumber, StringComparer.Ordinal).Select(a => a.Id);
        Assert.Equal(expected, pages.SelectMany(Items).Select(i => i.GetProperty("id").GetGuid()));
        Assert.All(pages, p => Assert.Equal(5, p.GetProperty("totalCount").GetInt32()));
        Assert.Equal([2, 2, 1], pages.Select(p => Items(p).Count));
    }

    [Fact]
    public async Task A_grant_number_puts_its_asset_first_unless_a_facet_leaves_it_out()
    {
        using var client = fixture.CreateClient();
        var grantNumber = $"2-{Unique.Digits(7)}";
        var granted = await new IpApiSteps(client).RegisterAsync(SampleAssets.Request("Máy sấy hải sản bằng năng lượng mặt trời", SampleAssets.UniqueApplicationNumber()));
        await granted.GrantAsync(grantNumber);
        var mentioning = await new IpApiSteps(client).RegisterAsync(
            SampleAssets.Request($"Nhãn hiệu dùng cho sản phẩm theo bằng {grantNumber}", SampleAssets.UniqueApplicationNumber(), objectType: "trademark"));

        var all = await SearchAsync(client, grantNumber.ToLowerInvariant());
        var marks = await SearchAsync(client, grantNumber, "&type=trademark");

        Assert.Equal([granted.Id, mentioning.Id], Items(all).Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(mentioning.Id, Assert.Single(Items(marks)).GetProperty("id").GetGuid());
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static Task<JsonElement> SearchAsync(HttpClient client, string q, string extra = "") =>
        client.GetFromJsonAsync<JsonElement>(new Uri($"{IpAssetApi.Prefix}?q={Uri.EscapeDataString(q)}{extra}", UriKind.Relative));
}
