using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Startups.Tests.Browser;

/// <summary>Chromium signed in as a directory editor of the DOST, on the shared directory service.</summary>
internal static class EditorBrowser
{
    public static Task<TokenBrowser<Program>> OpenAsync(StartupsFixture fixture) =>
        TokenBrowser.OpenAsync(fixture.Service,
            TestTokens.Issue(ResourceNames.Startups, PlatformRoles.DirectoryEditor, "SKHCN"));
}
