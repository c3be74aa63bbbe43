using System.Net;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UserEditSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>The administrator's page for one account: name and unit, with the change in the audit trail.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class UserEditPageTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Administrator_moves_a_user_to_another_unit_and_renames_them_and_the_trail_shows_both()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        var list = await admin.GetStringAsync(new Uri("/identity/admin/users", UriKind.Relative));
        Assert.Contains($"href=\"/identity/admin/users/{userName}\"", list, StringComparison.Ordinal);

        using var saved = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Details",
            [new("displayName", "Trần Văn Đức"), new("unitCode", "SYT"), new("stamp", await StampAsync(admin, userName))]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"Đã cập nhật {userName}.", await admin.GetStringAsync(saved.Headers.Location), StringComparison.Ordinal);
        var row = await HtmlRows.FindRowAsync(admin, "/identity/admin/users", userName);
        Assert.Contains("<td>Trần Văn Đức</td><td>SYT</td>", row, StringComparison.Ordinal);
        var audit = (await UserRowsAsync(fixture, userName)).Last();
        Assert.Equal(("updated", "admin"), (audit.Action, audit.UserName));
        Assert.Equal(("Lê Thị Thu Hà", "Trần Văn Đức"), (Field(audit.Before, "DisplayName"), Field(audit.After, "DisplayName")));
        Assert.Equal(("SKHCN", "SYT"), (Field(audit.Before, "UnitCode"), Field(audit.After, "UnitCode")));
    }

    [Fact]
    public async Task A_blank_name_and_an_unknown_unit_are_shown_beside_their_fields_and_nothing_changes()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);

        using var refused = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Details",
            [new("displayName", "  "), new("unitCode", "NO-SUCH-UNIT"), new("stamp", await StampAsync(admin, userName))]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"displayName-error\"[^>]*>Bắt buộc nhập\\.", page);
        Assert.Matches("id=\"unitCode-error\"[^>]*>Vui lòng chọn một đơn vị đã đăng ký\\.", page);
        Assert.Single(await UserRowsAsync(fixture, userName));
    }

    [Fact]
    public async Task A_form_opened_before_another_change_is_refused_with_a_message()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        var stale = await StampAsync(admin, userName);
        using var first = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Details",
            [new("displayName", "Phạm Minh Tuấn"), new("unitCode", "SKHCN"), new("stamp", stale)]);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var second = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Details",
            [new("displayName", "Đỗ Thị Lan"), new("unitCode", "SKHCN"), new("stamp", stale)]);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("Tài khoản vừa được người khác sửa", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Phạm Minh Tuấn", Field((await UserRowsAsync(fixture, userName)).Last().After, "DisplayName"));
    }

    [Fact]
    public async Task A_password_that_breaks_the_rules_is_refused_beside_the_field()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);

        using var refused = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Password", [new("newPassword", "ngan-qua")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"newPassword-error\"[^>]*>Mật khẩu phải có ít nhất 12 ký tự\\.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, userName, FirstPassword)).Status);
    }

    [Theory]
    [InlineData("officer.sgddt")]
    [InlineData("programmes")]
    public async Task Anyone_but_the_administrator_is_refused_the_page_and_its_forms(string userName)
    {
        using var other = await fixture.SignInAsync(userName);

        using var page = await other.GetAsync(new Uri(EditPath("viewer"), UriKind.Relative));
        using var form = await PostWithTokenAsync(other, $"{EditPath("viewer")}?handler=Lock", new() { ["until"] = string.Empty });

        Assert.All([page, form], response =>
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/identity/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(fixture, "viewer", IdentityFixture.Password)).Status);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        using var admin = await fixture.SignInAsync("admin");

        using var response = await admin.GetAsync(new Uri(EditPath("khong.co.ai"), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>A well-formed post (with a valid antiforgery token, taken from a page the caller may open).</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var own = await client.GetStringAsync(new Uri("/identity/account/password", UriKind.Relative));
        fields["__RequestVerificationToken"] = System.Text.RegularExpressions.Regex.Match(own, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<t>[^\"]+)\"").Groups["t"].Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<string> StampAsync(HttpClient admin, string userName)
    {
        var page = await admin.GetStringAsync(new Uri(EditPath(userName), UriKind.Relative));
        var match = System.Text.RegularExpressions.Regex.Match(page, "name=\"stamp\" value=\"(?<stamp>[^\"]+)\"");
        Assert.True(match.Success, "The details form carries no stamp.");
        return match.Groups["stamp"].Value;
    }
}
