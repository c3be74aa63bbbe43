using Microsoft.Playwright;

namespace StPlatform.IntellectualProperty.Tests.Search;

/// <summary>Debian's Chromium, as tests/Platform.Tests starts it (Playwright's browser download does not work here).</summary>
internal static class Chromium
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
}
