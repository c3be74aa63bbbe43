using System.Net;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UnitSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>Two administrators open one unit's rename form; the second to submit learns of the first's name.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class StaleRenameTests(IdentityFixture fixture)
{
    [Fact]
    public async Task A_rename_from_a_form_opened_before_another_rename_is_refused_on_the_form()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());
        var opened = VersionOn(await admin.GetStringAsync(new Uri($"{UnitsPath}/{code}", UriKind.Relative)));
        var first = NewName();
        await RenameAsync(admin, code, first);

        using var refused = await SubmitRenameAsync(admin, code, NewName(), "", opened);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("id=\"version-error\"[^>]*>Đơn vị vừa được người khác đổi tên", page);
        Assert.Contains($"<strong>{first}</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"<td>{first}</td>", await HtmlRows.FindRowAsync(admin, UnitsPath, $"<td>{code}</td>"), StringComparison.Ordinal);
        Assert.Equal(["created", "updated"], (await RowsAsync(fixture, "Unit", code)).Select(r => r.Action));
    }

    [Fact]
    public async Task Submitting_again_from_the_refused_form_renames_knowing_the_current_name()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        await RegisterAsync(admin, code, NewName());
        var opened = VersionOn(await admin.GetStringAsync(new Uri($"{UnitsPath}/{code}", UriKind.Relative)));
        await RenameAsync(admin, code, NewName());
        var mine = NewName();
        using var refused = await SubmitRenameAsync(admin, code, mine, "", opened);

        using var renamed = await SubmitRenameAsync(admin, code, mine, "", VersionOn(await refused.Content.ReadAsStringAsync()));

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Contains($"<td>{mine}</td>", await HtmlRows.FindRowAsync(admin, UnitsPath, $"<td>{code}</td>"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rename_without_a_version_is_refused()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var name = NewName();
        await RegisterAsync(admin, code, name);

        using var refused = await Forms.SubmitAsync(admin, $"{UnitsPath}/{code}", [new("name", NewName()), new("nameEn", "")]);

        Assert.Matches("id=\"version-error\"", await refused.Content.ReadAsStringAsync());
        Assert.Contains($"<td>{name}</td>", await HtmlRows.FindRowAsync(admin, UnitsPath, $"<td>{code}</td>"), StringComparison.Ordinal);
    }
}
