using System.Net;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Account;

[Collection(SharedIdentityService.Name)]
public sealed class AdminUsersPageTests(IdentityFixture fixture)
{
    private const string UsersPath = "/identity/admin/users";

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var browser = fixture.CreateBrowser();
        using var signedIn = await Forms.SubmitAsync(browser, "/identity/account/signin",
            [new("userName", userName), new("password", IdentityFixture.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    [Fact]
    public async Task Administrator_adds_a_unit_officer_who_then_appears_with_unit_and_role()
    {
        using var admin = await SignedInAsync("admin");
        var userName = $"canbo.{Guid.NewGuid():N}"[..20];

        using var added = await Forms.SubmitAsync(admin, UsersPath,
        [
            new("userName", userName), new("displayName", "Nguyễn Thị Hoa"), new("unitCode", "SYT"),
            new("role", "unit-officer"), new("password", "Another-long-password-1"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"Đã tạo người dùng {userName}.", await admin.GetStringAsync(added.Headers.Location), StringComparison.Ordinal);

        var row = await HtmlRows.FindRowAsync(admin, UsersPath, userName);
        Assert.Contains("<td>SYT</td>", row, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đơn vị / Unit officer", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unit_officer_is_refused_the_users_page()
    {
        using var officer = await SignedInAsync("officer.sgddt");

        using var response = await officer.GetAsync(new Uri(UsersPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/identity/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
