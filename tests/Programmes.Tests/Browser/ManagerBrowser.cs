using StPlatform.Contracts;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;

namespace StPlatform.Programmes.Tests.Browser;

/// <summary>Chromium signed in as the DOST programme manager, on the shared registry service.</summary>
internal static class ManagerBrowser
{
    public static Task<TokenBrowser<Program>> OpenAsync(ProgrammesFixture fixture) =>
        TokenBrowser.OpenAsync(fixture.Service,
            TestTokens.Issue(ResourceNames.Programmes, PlatformRoles.ProgrammeManager, "SKHCN"));
}
