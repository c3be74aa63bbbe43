using Microsoft.EntityFrameworkCore;
using StPlatform.Contracts.IntellectualProperty;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Search;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.ServiceDefaults;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>
/// The search runs its own SQL (IpSearchSql); the export and the facets filter with LINQ
/// (IpSearch.Filter). A reader must get the same assets from both, for every facet and for the
/// public as for the IP office.
/// </summary>
[Collection(SharedIpService.Name)]
public sealed class SearchFilterParityTests(IpFixture fixture)
{
    [Fact]
    public async Task The_search_finds_the_same_assets_as_the_export_for_every_facet_public_or_not()
    {
        var marker = Unique.Suffix();
        var taxCode = SampleAssets.UniqueTaxCode();
        // A number, searched whole, in part, in capitals, and as another asset's title mentions it.
        var patent = SampleAssets.Entity($"Thiết bị lọc nước {marker}", new(2022, 7, 9), IpObjectType.Patent);
        var number = patent.ApplicationNumber;
        IpAsset[] assets =
        [
            SampleAssets.Entity($"Nước mắm Cát Hải {marker}", new(2021, 3, 1), IpObjectType.Trademark, taxCode: taxCode),
            patent,
            SampleAssets.Entity($"Kiểu dáng chai nước mắm {marker}", new(2022, 1, 15), IpObjectType.IndustrialDesign, taxCode: taxCode),
            SampleAssets.Entity($"Hiệu suất 50% {marker}", new(2023, 5, 4), IpObjectType.UtilitySolution),
            SampleAssets.Entity($"Hiệu suất 500 {marker} theo đơn {number}", new(2023, 5, 4), IpObjectType.UtilitySolution),
        ];
        assets[0].Classes.Add("29");
        assets[1].Classes.Add("C02F 1/14");
        assets[3].Classes.Add("C02F 1/14");
        foreach (var published in assets.Take(3))
        {
            published.PublishedOn = published.FiledOn.AddMonths(6);
        }
        await fixture.WithDbAsync(async db =>
        {
            db.Assets.AddRange(assets);
            return await db.SaveChangesAsync();
        });
        IpSearchRequest[] requests =
        [
            new(marker), new($"nuoc mam {marker}"), new($"NƯỚC {marker}"), new($"50% {marker}"), new($"5_0 {marker}"),
            new(marker, Type: "patent"), new(marker, Type: "không có"), new(marker, Status: "filed"), new(marker, Status: "không có"),
            new(marker, Class: "c02f 1/14"), new(marker, Year: 2022), new(marker, Owner: taxCode),
            new(marker, Type: "trademark", Year: 2021, Owner: taxCode),
            new(number), new(number[2..]), new(number[^6..]), new($"{number[^4..]} {marker}"), new($"{number.ToUpperInvariant()} {marker}"),
            new($"hieu suat {number[7..]}"), new($"{number[..6]} {marker}"), new($"{number}9"),
        ];

        foreach (var readsUnpublished in new[] { true, false })
        {
            foreach (var request in requests)
            {
                var (exported, searched) = await fixture.WithDbAsync(async db => (
                    await IpSearch.Filter(db.Assets.VisibleTo(readsUnpublished), request).Select(a => a.Id).ToListAsync(),
                    (await IpSearch.RunAsync(db, readsUnpublished, request, new PageRequest(1, 100), CancellationToken.None)).Items.Select(i => i.Id).ToList()));

                Assert.True(exported.Order().SequenceEqual(searched.Order()), $"{request} (officer: {readsUnpublished}): export {exported.Count}, search {searched.Count}");
            }
        }
        var partial = await fixture.WithDbAsync(db => IpSearch.RunAsync(db, true, new(number[^6..]), new PageRequest(), CancellationToken.None));
        Assert.Equal([assets[4].Id, patent.Id], partial.Items.Select(i => i.Id));
        var percent = await fixture.WithDbAsync(db => IpSearch.RunAsync(db, false, new($"50% {marker}"), new PageRequest(), CancellationToken.None));
        var underscore = await fixture.WithDbAsync(db => IpSearch.RunAsync(db, true, new($"5_0 {marker}"), new PageRequest(), CancellationToken.None));
        Assert.Empty(percent.Items);
        Assert.Empty(underscore.Items);
        var officerPercent = await fixture.WithDbAsync(db => IpSearch.RunAsync(db, true, new($"50% {marker}"), new PageRequest(), CancellationToken.None));
        Assert.Equal(assets[3].Id, Assert.Single(officerPercent.Items).Id);
    }
}
