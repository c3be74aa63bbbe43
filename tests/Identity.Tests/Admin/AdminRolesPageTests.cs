using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StPlatform.Identity.Account;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Admin;

[Collection(SharedIdentityService.Name)]
public sealed class AdminRolesPageTests(IdentityFixture fixture)
{
    private const string RolesPath = "/identity/admin/roles";
    private const string UserPassword = "Another-long-password-1";

    [Fact]
    public async Task Every_platform_role_is_described_in_both_languages_with_its_holders()
    {
        using var admin = await fixture.SignInAsync("admin");

        var page = await admin.GetStringAsync(new Uri(RolesPath, UriKind.Relative));

        Assert.Contains("Cán bộ sở hữu trí tuệ <span class=\"en\" lang=\"en\">/ IP officer</span>", page, StringComparison.Ordinal);
        Assert.Contains("Ghi nhận tài sản sở hữu trí tuệ", page, StringComparison.Ordinal);
        Assert.Equal(PlatformRoles.All.Count, page.Split("<section ").Length - 1);
        Assert.Contains("<td>Quản trị nền tảng</td>", HtmlRows.RowContaining(page, "<td>admin</td>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_gives_a_role_and_takes_it_away_again()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await NewOfficerAsync(admin);

        using var given = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Assign", [new("userName", userName), new("role", PlatformRoles.IpOfficer)]);

        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.Equal("unit-officer, ip-officer", await RolesOfAsync(userName));
        Assert.Contains("Cán bộ sở hữu trí tuệ", await AccountPageAsync(userName), StringComparison.Ordinal);

        using var removed = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Remove", [new("userName", userName), new("role", PlatformRoles.IpOfficer)]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal("unit-officer", await RolesOfAsync(userName));
    }

    [Fact]
    public async Task A_role_the_platform_does_not_define_or_an_unknown_user_is_refused_on_the_form()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await NewOfficerAsync(admin);

        using var unknownRole = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Assign", [new("userName", userName), new("role", "super-user")]);
        using var unknownUser = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Assign", [new("userName", "khong.ton.tai"), new("role", PlatformRoles.Viewer)]);

        Assert.Matches("id=\"role-error\"[^>]*>Không có vai trò này\\.", await unknownRole.Content.ReadAsStringAsync());
        Assert.Matches("id=\"userName-error\"[^>]*>Không có người dùng này\\.", await unknownUser.Content.ReadAsStringAsync());
        Assert.Equal("unit-officer", await RolesOfAsync(userName));
    }

    [Fact]
    public async Task The_last_administrator_keeps_the_role_and_is_told_why()
    {
        using var admin = await fixture.SignInAsync("admin");
        await KeepOnlyAdministratorAsync("admin");

        using var refused = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Remove", [new("userName", "admin"), new("role", PlatformRoles.Administrator)]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Không thể gỡ vai trò quản trị của quản trị viên cuối cùng", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(PlatformRoles.Administrator, await RolesOfAsync("admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_may_step_down_once_another_holds_the_role()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await NewOfficerAsync(admin);
        using var given = await Forms.SubmitAsync(admin, $"{RolesPath}?handler=Assign", [new("userName", userName), new("role", PlatformRoles.Administrator)]);
        using var second = await fixture.SignInAsync(userName, UserPassword);

        using var removed = await Forms.SubmitAsync(second, $"{RolesPath}?handler=Remove", [new("userName", userName), new("role", PlatformRoles.Administrator)]);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.DoesNotContain(PlatformRoles.Administrator, await RolesOfAsync(userName), StringComparison.Ordinal);
        Assert.Contains(PlatformRoles.Administrator, await RolesOfAsync("admin"), StringComparison.Ordinal);
    }

    private static async Task<string> NewOfficerAsync(HttpClient admin)
    {
        var userName = $"canbo.{Unique.Suffix()}";
        using var added = await Forms.SubmitAsync(admin, "/identity/admin/users",
        [
            new("userName", userName), new("displayName", "Lê Thị Thu"), new("unitCode", "SCT"),
            new("role", PlatformRoles.UnitOfficer), new("password", UserPassword),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        return userName;
    }

    private async Task<string> AccountPageAsync(string userName)
    {
        using var browser = await fixture.SignInAsync(userName, UserPassword);
        return await browser.GetStringAsync(new Uri("/identity/account", UriKind.Relative));
    }

    /// <summary>The user's roles in the platform's order, comma-separated.</summary>
    private async Task<string> RolesOfAsync(string userName)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var roles = await users.GetRolesAsync((await users.FindByNameAsync(userName))!);
        return string.Join(", ", PlatformRoles.All.Where(roles.Contains));
    }

    /// <summary>Other tests may have made administrators; this one needs <paramref name="userName"/> to be the only one.</summary>
    private async Task KeepOnlyAdministratorAsync(string userName)
    {
        await using var scope = fixture.Service.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        foreach (var other in (await users.GetUsersInRoleAsync(PlatformRoles.Administrator)).Where(u => u.UserName != userName))
        {
            await users.RemoveFromRoleAsync(other, PlatformRoles.Administrator);
        }
    }
}
