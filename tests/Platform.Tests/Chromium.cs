using Microsoft.Playwright;

namespace StPlatform.Platform.Tests;

/// <summary>Debian's Chromium, started the way this machine allows (Playwright's own browser download does not work here).</summary>
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
