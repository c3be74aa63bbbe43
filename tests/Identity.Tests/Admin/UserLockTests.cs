using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Identity.Account;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UserEditSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>The administrator locks and unlocks accounts, never their own nor the last administrator able to sign in.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class UserLockTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_locked_user_cannot_sign_in_loses_their_session_and_can_again_once_unlocked()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var session = await fixture.SignInAsync(userName, FirstPassword);

        await LockAsync(admin, userName);

        var (status, page) = await TrySignInAsync(fixture, userName, FirstPassword);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(LockedMessage, page, StringComparison.Ordinal);
        using var afterLock = await session.GetAsync(new Uri("/identity/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, afterLock.StatusCode);
        Assert.Contains("/identity/account/signin", afterLock.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("cho đến khi mở khoá", await admin.GetStringAsync(new Uri(EditPath(userName), UriKind.Relative)), StringComparison.Ordinal);

        using var unlocked = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, userName, FirstPassword)).Status);

        var rows = await UserRowsAsync(fixture, userName);
        Assert.Equal(["created", "locked", "unlocked"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(("admin", "SKHCN"), (r.UserName, r.UnitCode)));
        Assert.Null(Field(rows[^1].After, "LockoutEnd"));
    }

    [Fact]
    public async Task A_lock_until_a_past_day_is_refused_beside_the_date()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);

        using var refused = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Lock", [new("until", "2020-01-01")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"until-error\"[^>]*>Ngày mở khoá phải sau hôm nay\\.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, userName, FirstPassword)).Status);
    }

    [Fact]
    public async Task The_administrator_cannot_lock_their_own_account()
    {
        using var admin = await fixture.SignInAsync("admin");

        using var refused = await Forms.SubmitAsync(admin, $"{EditPath("admin")}?handler=Lock", [new("until", string.Empty)]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Bạn không thể tự khoá tài khoản của mình.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, "admin", IdentityFixture.Password)).Status);
    }

    [Fact]
    public async Task The_last_administrator_able_to_sign_in_cannot_be_locked()
    {
        // An administrator whose account was locked by wrong passwords still holds a session;
        // from it they try to lock the only other administrator, who is the last one able to sign in.
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var given = await Forms.SubmitAsync(admin, "/identity/admin/roles?handler=Assign",
            [new("userName", userName), new("role", PlatformRoles.Administrator)]);
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        using var second = await fixture.SignInAsync(userName, FirstPassword);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await TrySignInAsync(fixture, userName, "not-the-password-at-all");
        }
        await KeepAdministratorsAsync("admin", userName);

        using var refused = await Forms.SubmitAsync(second, $"{EditPath("admin")}?handler=Lock", [new("until", string.Empty)]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Không thể khoá quản trị viên cuối cùng còn hoạt động", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, "admin", IdentityFixture.Password)).Status);
    }

    /// <summary>Other tests may have made administrators; this one needs exactly these.</summary>
    private async Task KeepAdministratorsAsync(params string[] userNames)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        foreach (var other in (await users.GetUsersInRoleAsync(PlatformRoles.Administrator)).Where(u => !userNames.Contains(u.UserName)))
        {
            await users.RemoveFromRoleAsync(other, PlatformRoles.Administrator);
        }
    }
}
