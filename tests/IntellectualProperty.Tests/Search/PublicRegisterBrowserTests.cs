using Microsoft.Playwright;
using StPlatform.IntellectualProperty.Tests.Assets;
using StPlatform.TestSupport;

namespace StPlatform.IntellectualProperty.Tests.Search;

[Collection(SharedIpService.Name)]
public sealed class PublicRegisterBrowserTests(IpFixture fixture)
{
    [Fact]
    public async Task Visitor_finds_a_published_patent_typing_without_diacritics_narrows_by_type_and_reads_its_timeline()
    {
        var marker = Unique.Suffix();
        var title = $"Quy trình chế biến nước mắm Cát Hải {marker}";
        using var officer = fixture.CreateClient();
        var steps = await new IpApiSteps(officer).RegisterAsync(new
        {
            objectType = "patent",
            title,
            applicationNumber = SampleAssets.UniqueApplicationNumber(),
            filedOn = "2022-09-12",
            owners = new[] { new { name = "Hợp tác xã Nước mắm Cát Hải", taxCode = SampleAssets.UniqueTaxCode() } },
            classes = new[] { "A23L 17/65" },
        });
        await steps.GrantAsync("1-0040404");
        await using var server = fixture.Service.WithWebHostBuilder(_ => { });
        var address = server.StartOnLoopback().ToString().TrimEnd('/');
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);

        await page.GotoAsync($"{address}/ip");
        await page.GetByLabel("Tìm kiếm").FillAsync($"nuoc mam cat hai {marker}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = false }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sáng chế / patent" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = title });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("đang có hiệu lực");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("ol.timeline li")).ToHaveCountAsync(5);
        await Assertions.Expect(page.Locator("#next-due")).ToContainTextAsync("01/02/2025");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận" })).ToHaveCountAsync(0);
    }
}
