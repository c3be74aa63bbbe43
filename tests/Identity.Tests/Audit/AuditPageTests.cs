using System.Net;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UnitSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Audit;

[Collection(SharedIdentityService.Name)]
public sealed class AuditPageTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Administrator_finds_a_users_changes_by_user_name_and_kind()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());

        var byUser = await admin.GetStringAsync(new Uri($"{AuditPath}?user={userName}", UriKind.Relative));
        var units = await admin.GetStringAsync(new Uri($"{AuditPath}?kind=Unit", UriKind.Relative));

        Assert.Contains("Nhật ký thay đổi", byUser, StringComparison.Ordinal);
        Assert.Contains("Mới nhất trước (2)", byUser, StringComparison.Ordinal);
        Assert.Contains("Giao vai trò / Role given", HtmlRows.RowContaining(byUser, "unit-officer"), StringComparison.Ordinal);
        Assert.Contains("Tạo / Created", HtmlRows.RowContaining(byUser, "Lê Thị Thu Hà"), StringComparison.Ordinal);
        Assert.Contains($"Đơn vị / Unit {code}", units, StringComparison.Ordinal);
        Assert.DoesNotContain(userName, units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administration_pages_link_to_the_trail()
    {
        using var admin = await fixture.SignInAsync("admin");

        var page = await admin.GetStringAsync(new Uri(UnitsPath, UriKind.Relative));

        Assert.Contains($"href=\"{AuditPath}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_officer_is_forbidden_the_trail()
    {
        using var officer = await fixture.SignInAsync("officer.sgddt");

        using var redirected = await officer.GetAsync(new Uri(AuditPath, UriKind.Relative));
        using var denied = await officer.GetAsync(redirected.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }
}
