using System.Net;
using System.Text.Json;
using StPlatform.TestSupport;
using StPlatform.TestSupport.Identity;
using static StPlatform.Identity.Tests.Admin.UserEditSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Connect;

/// <summary>
/// What a lock does to a session the gateway already holds: the access token it has keeps working
/// until it expires (at most 15 minutes: services check tokens without asking this service), but
/// the gateway's renewal with the refresh token is refused, so the session ends at the next renewal.
/// </summary>
[Collection(SharedIdentityService.Name)]
public sealed class LockedRefreshTests(IdentityFixture fixture)
{
    [Fact]
    public async Task After_a_lock_the_gateways_refresh_is_refused_and_stays_refused_once_unlocked()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var browser = fixture.CreateBrowser();
        var tokens = await CodeFlow.SignInAsync(browser, IdentityFixture.GatewayClientId, IdentityFixture.GatewaySecret,
            IdentityFixture.GatewayRedirect, userName, FirstPassword, "openid profile tasks offline_access");
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        var expiresIn = tokens.GetProperty("expires_in").GetInt32();

        await LockAsync(admin, userName);
        using var whileLocked = await CodeFlow.PostTokenAsync(browser, Refresh(refresh));
        using (var unlocked = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Unlock", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        }
        using var afterUnlock = await CodeFlow.PostTokenAsync(browser, Refresh(refresh));

        Assert.InRange(expiresIn, 1, 15 * 60);
        await AssertInvalidGrantAsync(whileLocked);
        // The lock renewed the security stamp: a grant made before it never comes back, unlock or not.
        await AssertInvalidGrantAsync(afterUnlock);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, userName, FirstPassword)).Status);
    }

    [Fact]
    public async Task A_refresh_before_any_lock_is_granted_so_the_refusal_above_is_the_locks_doing()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var browser = fixture.CreateBrowser();
        var tokens = await CodeFlow.SignInAsync(browser, IdentityFixture.GatewayClientId, IdentityFixture.GatewaySecret,
            IdentityFixture.GatewayRedirect, userName, FirstPassword, "openid profile tasks offline_access");

        using var refreshed = await CodeFlow.PostTokenAsync(browser, Refresh(tokens.GetProperty("refresh_token").GetString()!));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    private static async Task AssertInvalidGrantAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.StatusCode}: {body}");
        Assert.Equal("invalid_grant", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
    }

    private static Dictionary<string, string> Refresh(string token) => new()
    {
        ["grant_type"] = "refresh_token",
        ["refresh_token"] = token,
        ["client_id"] = IdentityFixture.GatewayClientId,
        ["client_secret"] = IdentityFixture.GatewaySecret,
    };
}
