using Microsoft.Playwright;
using StPlatform.Startups.Tests.Organisations;
using StPlatform.TestSupport;

namespace StPlatform.Startups.Tests.Directory;

/// <summary>
/// The public directory in Debian's Chromium. The service runs in-process (no port), so the
/// browser's requests to http://startups.test are answered by the test server through a route.
/// </summary>
[Collection(SharedStartupsService.Name)]
public sealed class DirectoryBrowserTests(StartupsFixture fixture) : IAsyncLifetime
{
    private const string Origin = "http://startups.test";
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
    }

    private async Task<IPage> AnonymousPageAsync()
    {
        var page = await _browser!.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        var client = fixture.CreateAnonymousClient();
        await page.RouteAsync($"{Origin}/**", async route =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Request.Method), new Uri(route.Request.Url[Origin.Length..], UriKind.Relative));
            using var response = await client.SendAsync(request);
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = (int)response.StatusCode,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                BodyBytes = await response.Content.ReadAsByteArrayAsync(),
            });
        });
        return page;
    }

    [Fact]
    public async Task Visitor_searches_without_diacritics_narrows_by_a_facet_and_opens_the_profile_with_its_badge()
    {
        var marker = Unique.Suffix();
        var certified = SampleOrganisations.Entity($"Công ty Cổ phần Thiết bị Y tế Đồ Sơn {marker}");
        certified.Certificates.Add(new global::StPlatform.Startups.Certificates.StCertificate { OrganisationId = certified.Id, Number = $"Y-{marker}", IssuedOn = new DateOnly(2025, 1, 6), Issuer = "Sở KH&CN Hải Phòng" });
        var other = SampleOrganisations.Entity($"Công ty TNHH Thiết bị Y tế Lê Chân {marker}");
        await fixture.WithDbAsync(db => { db.Organisations.AddRange(certified, other); return db.SaveChangesAsync(); });
        var page = await AnonymousPageAsync();

        await page.GotoAsync($"{Origin}/startups");
        await page.GetByLabel("Tìm theo tên").FillAsync($"thiet bi y te {marker}");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Tìm") }).ClickAsync();
        var found = await page.Locator("tbody tr").CountAsync();
        await page.GetByLabel("Chứng nhận DN KH&CN").SelectOptionAsync("true");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Tìm") }).ClickAsync();
        var rows = await page.Locator("tbody tr").AllInnerTextsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = certified.Name }).ClickAsync();

        Assert.Equal(2, found);
        Assert.Contains(certified.Name, Assert.Single(rows), StringComparison.Ordinal);
        Assert.Equal(certified.Name, (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Doanh nghiệp khoa học và công nghệ đã được chứng nhận", await page.Locator("#verified-badge").InnerTextAsync(), StringComparison.Ordinal);
    }
}
