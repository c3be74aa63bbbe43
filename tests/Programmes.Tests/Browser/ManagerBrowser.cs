using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Programmes.Tests.Browser;

/// <summary>
/// A headless Chromium page, signed in as the DOST programme manager, on the registry served by
/// Kestrel beside the shared service (same database and broker). The gateway's session is replaced
/// by a bearer token the service trusts.
/// </summary>
internal sealed class ManagerBrowser : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _server;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    private ManagerBrowser(WebApplicationFactory<Program> server, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page) =>
        (_server, _playwright, _browser, _context, Page) = (server, playwright, browser, context, page);

    public IPage Page { get; }

    public static async Task<ManagerBrowser> OpenAsync(ProgrammesFixture fixture)
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
                ["Authorization"] = $"Bearer {TestTokens.Issue(ResourceNames.Programmes, PlatformRoles.ProgrammeManager, "SKHCN")}",
            },
        });
        var page = await context.NewPageAsync();
        // Generous: the suite runs test projects side by side on 2 cores.
        page.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return new ManagerBrowser(server, playwright, browser, context, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }
}
