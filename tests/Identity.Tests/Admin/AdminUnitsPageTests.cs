using System.Net;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UnitSamples;

namespace StPlatform.Identity.Tests.Admin;

[Collection(SharedIdentityService.Name)]
public sealed class AdminUnitsPageTests(IdentityFixture fixture)
{
    [Fact]
    public async Task City_units_are_listed_with_code_names_kind_and_number_of_users()
    {
        using var admin = await fixture.SignInAsync("admin");

        var row = await HtmlRows.FindRowAsync(admin, UnitsPath, "<td>UBND-HB</td>");

        Assert.Contains("<td>UBND quận Hồng Bàng</td>", row, StringComparison.Ordinal);
        Assert.Contains("Hong Bang District People&#x27;s Committee", row, StringComparison.Ordinal);
        Assert.Contains("UBND quận, huyện / District committee", row, StringComparison.Ordinal);
        Assert.Matches("<td>[1-9][0-9]*</td>", row);
    }

    [Fact]
    public async Task Administrator_registers_a_unit_which_is_then_listed_without_users()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var name = NewName();

        using var registered = await Forms.SubmitAsync(admin, UnitsPath,
            Registration(code.ToLowerInvariant() + " ", name, "district", "Project Management Board"));

        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var page = await admin.GetStringAsync(registered.Headers.Location);
        Assert.Contains($"Đã đăng ký đơn vị {name} ({code}).", page, StringComparison.Ordinal);
        var row = HtmlRows.RowContaining(page, $"<td>{code}</td>");
        Assert.Contains($"<td>{name}</td>", row, StringComparison.Ordinal);
        Assert.Contains("Project Management Board", row, StringComparison.Ordinal);
        Assert.Contains("UBND quận, huyện / District committee", row, StringComparison.Ordinal);
        Assert.Contains("<td>0</td>", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_code_and_an_empty_name_are_shown_beside_their_fields()
    {
        using var admin = await fixture.SignInAsync("admin");

        using var refused = await Forms.SubmitAsync(admin, UnitsPath, Registration("skhcn", "   "));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"code-error\"[^>]*>Đã có đơn vị mang mã SKHCN\\.", page);
        Assert.Matches("id=\"name-error\"[^>]*>Bắt buộc nhập\\.", page);
        Assert.Contains("value=\"skhcn\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_with_diacritics_or_spaces_is_refused_and_nothing_is_registered()
    {
        using var admin = await fixture.SignInAsync("admin");
        var name = NewName();

        using var refused = await Forms.SubmitAsync(admin, UnitsPath, Registration("SỞ Y TẾ 2", name));

        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"code-error\"[^>]*>Mã đơn vị gồm chữ cái không dấu", page);
        Assert.DoesNotContain($"<td>{name}</td>", await admin.GetStringAsync(new Uri(UnitsPath, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_another_unit_has_is_refused()
    {
        using var admin = await fixture.SignInAsync("admin");

        using var refused = await Forms.SubmitAsync(admin, UnitsPath, Registration(NewCode(), "Sở Y tế"));

        Assert.Matches("id=\"name-error\"[^>]*>Đã có đơn vị khác mang tên Sở Y tế\\.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Renaming_a_unit_changes_the_name_its_users_see_and_keeps_its_code()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());
        var userName = $"canbo.{Unique.Suffix()}";
        using var added = await Forms.SubmitAsync(admin, "/identity/admin/users",
        [
            new("userName", userName), new("displayName", "Trần Văn Minh"), new("unitCode", code),
            new("role", "unit-officer"), new("password", "Another-long-password-1"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var newName = NewName();

        using var renamed = await SubmitRenameAsync(admin, code, newName, "");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains($"Đã đổi tên đơn vị {code} thành {newName}.", await admin.GetStringAsync(renamed.Headers.Location), StringComparison.Ordinal);
        Assert.Contains("<td>1</td>", await HtmlRows.FindRowAsync(admin, UnitsPath, $"<td>{code}</td>"), StringComparison.Ordinal);
        using var officer = await fixture.SignInAsync(userName, "Another-long-password-1");
        Assert.Contains($"{newName} ({code})", await officer.GetStringAsync(new Uri("/identity/account", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_to_an_empty_name_is_refused_on_the_form()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var name = NewName();
        await RegisterAsync(admin, code, name);

        using var refused = await SubmitRenameAsync(admin, code, "", "");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"name-error\"[^>]*>Bắt buộc nhập\\.", await refused.Content.ReadAsStringAsync());
        Assert.Contains($"<td>{name}</td>", await HtmlRows.FindRowAsync(admin, UnitsPath, $"<td>{code}</td>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_has_no_rename_page()
    {
        using var admin = await fixture.SignInAsync("admin");

        using var response = await admin.GetAsync(new Uri($"{UnitsPath}/KHONG-CO", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
