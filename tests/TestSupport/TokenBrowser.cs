using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace StPlatform.TestSupport;

/// <summary>
/// Headless Debian Chromium on a service served by Kestrel on loopback beside the shared fixture's
/// (same database and broker), every request carrying a bearer token the service trusts in place of
/// the gateway's session. Each <see cref="NewTabAsync"/> is another tab of the same session.
/// </summary>
public sealed class TokenBrowser<TProgram> : IAsyncDisposable where TProgram : class
{
    private readonly WebApplicationFactory<TProgram> _server;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IBrowserContext _context;

    internal TokenBrowser(WebApplicationFactory<TProgram> server, IPlaywright playwright, IBrowser browser, IBrowserContext context) =>
        (_server, _playwright, _browser, _context) = (server, playwright, browser, context);

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

/// <summary>Opens a <see cref="TokenBrowser{TProgram}"/>.</summary>
public static class TokenBrowser
{
    public static async Task<TokenBrowser<TProgram>> OpenAsync<TProgram>(WebApplicationFactory<TProgram> service, string bearerToken)
        where TProgram : class
    {
        ArgumentNullException.ThrowIfNull(service);
        var server = service.WithWebHostBuilder(_ => { });
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
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearerToken}" },
        });
        return new TokenBrowser<TProgram>(server, playwright, browser, context);
    }
}
