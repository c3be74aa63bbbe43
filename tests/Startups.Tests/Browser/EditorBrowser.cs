using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Startups.Tests.Browser;

/// <summary>
/// Headless Chromium signed in as a directory editor, on the directory served by Kestrel beside the
/// shared service (same database and broker). The gateway's session is replaced by a bearer token
/// the service trusts. Each <see cref="NewTabAsync"/> is another tab of the same session.
/// </summary>
internal sealed class EditorBrowser : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _server;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    private EditorBrowser(WebApplicationFactory<Program> server, IPlaywright playwright, IBrowser browser, IBrowserContext context) =>
        (_server, _playwright, _browser, _context) = (server, playwright, browser, context);

    public static async Task<EditorBrowser> OpenAsync(StartupsFixture fixture)
    {
        var server = fixture.Service.WithWebHostBuilder(_ => { });
        var address = server.StartOnLoopback();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = address.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string>
            {
                ["Authorization"] = $"Bearer {TestTokens.Issue(ResourceNames.Startups, PlatformRoles.DirectoryEditor, "SKHCN")}",
            },
        });
        return new EditorBrowser(server, playwright, browser, context);
    }

    public async Task<IPage> NewTabAsync()
    {
        var page = await _context.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }
}
