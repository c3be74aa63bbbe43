using System.IO.Compression;
using System.Net;
using StPlatform.IntellectualProperty.Assets;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

[Collection(SharedIpService.Name)]
public sealed class ExcelExportTests(IpFixture fixture)
{
    [Fact]
    public async Task Export_of_a_search_is_a_workbook_with_the_matching_assets_only()
    {
        using var client = fixture.CreateClient();
        var marker = Unique.Suffix();
        var number = SampleAssets.UniqueApplicationNumber();
        await new IpApiSteps(client).RegisterAsync(SampleAssets.Request($"Máy sấy mực một nắng {marker}", number));

        using var response = await client.GetAsync(new Uri($"{IpAssetApi.Prefix}/export.xlsx?q=may+say+{marker}", UriKind.Relative));
        var xml = await ReadAllXmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"Máy sấy mực một nắng {marker}", xml, StringComparison.Ordinal);
        Assert.Contains(number, xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Thiết bị lọc nước mặn", xml, StringComparison.Ordinal);
    }

    private static async Task<string> ReadAllXmlAsync(HttpResponseMessage response)
    {
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var parts = new List<string>();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            parts.Add(await reader.ReadToEndAsync());
        }
        return string.Concat(parts);
    }
}
