using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.TestSupport.Identity;
using static StPlatform.Identity.Tests.Admin.UserEditSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>A password the administrator sets replaces the old one and ends what the old one opened.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class PasswordResetTests(IdentityFixture fixture)
{
    private const string ResetPassword = "Mat-khau-quan-tri-dat-2026";

    [Fact]
    public async Task After_a_reset_the_new_password_signs_in_and_the_old_one_no_longer_does()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var session = await fixture.SignInAsync(userName, FirstPassword);

        await ResetAsync(admin, userName, ResetPassword);

        Assert.Equal(HttpStatusCode.OK, (await TrySignInAsync(fixture, userName, FirstPassword)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, userName, ResetPassword)).Status);
        using var old = await session.GetAsync(new Uri("/identity/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Contains("/identity/account/signin", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reset_is_audited_as_the_administrators_without_the_password_hash_or_stamp()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);

        await ResetAsync(admin, userName, ResetPassword);

        var row = (await UserRowsAsync(fixture, userName)).Last();
        Assert.Equal(("password", "admin", "SKHCN"), (row.Action, row.UserName, row.UnitCode));
        var account = await fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == userName));
        var everything = string.Join("\n", (await AllAsync(fixture)).SelectMany(r => new[] { r.Before, r.After }));
        Assert.DoesNotContain(ResetPassword, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(account.PasswordHash!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(account.SecurityStamp!, everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refresh_token_from_before_a_reset_is_refused()
    {
        var (userName, refresh) = await UserWithRefreshTokenAsync();
        using var admin = await fixture.SignInAsync("admin");

        await ResetAsync(admin, userName, ResetPassword);

        await AssertRefusedAsync(refresh);
    }

    [Fact]
    public async Task A_refresh_token_from_before_a_lock_is_refused()
    {
        var (userName, refresh) = await UserWithRefreshTokenAsync();
        using var admin = await fixture.SignInAsync("admin");

        await LockAsync(admin, userName);

        await AssertRefusedAsync(refresh);
    }

    [Fact]
    public async Task A_refresh_token_still_works_when_nothing_changed()
    {
        var (_, refresh) = await UserWithRefreshTokenAsync();

        using var refreshed = await RefreshAsync(refresh);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    /// <summary>A new user signed in through the gateway's code flow, and their refresh token.</summary>
    private async Task<(string UserName, string Refresh)> UserWithRefreshTokenAsync()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var browser = fixture.CreateBrowser();
        var tokens = await CodeFlow.SignInAsync(browser, IdentityFixture.GatewayClientId, IdentityFixture.GatewaySecret,
            IdentityFixture.GatewayRedirect, userName, FirstPassword, "openid tasks offline_access");
        return (userName, tokens.GetProperty("refresh_token").GetString()!);
    }

    private async Task AssertRefusedAsync(string refresh)
    {
        using var refused = await RefreshAsync(refresh);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    private async Task<HttpResponseMessage> RefreshAsync(string refresh)
    {
        using var client = fixture.CreateBrowser();
        return await CodeFlow.PostTokenAsync(client, new()
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refresh,
            ["client_id"] = IdentityFixture.GatewayClientId,
            ["client_secret"] = IdentityFixture.GatewaySecret,
        });
    }
}
