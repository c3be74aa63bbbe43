using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Admin.UnitSamples;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Audit;

/// <summary>Identity's administrative changes, each recorded with who made it, before and after.</summary>
[Collection(SharedIdentityService.Name)]
public sealed class AuditTrailTests(IdentityFixture fixture)
{
    [Fact]
    public async Task Registering_and_renaming_a_unit_records_who_did_it_and_the_names_before_and_after()
    {
        using var admin = await fixture.SignInAsync("admin");
        var code = NewCode();
        var oldName = NewName();
        var newName = NewName();
        await RegisterAsync(admin, code, oldName);
        await RenameAsync(admin, code, newName, "Project Board");

        var rows = await RowsAsync(fixture, "Unit", code);

        Assert.Equal(["created", "updated"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.Equal(("admin", "SKHCN"), (r.UserName, r.UnitCode)));
        Assert.Null(rows[0].Before);
        Assert.Equal(oldName, Field(rows[0].After, "Name"));
        Assert.Equal(oldName, Field(rows[1].Before, "Name"));
        Assert.Equal(newName, Field(rows[1].After, "Name"));
        Assert.Equal("Project Board", Field(rows[1].After, "NameEn"));
    }

    [Fact]
    public async Task Creating_a_user_and_giving_and_removing_a_role_are_recorded_by_name()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var given = await Forms.SubmitAsync(admin, "/identity/admin/roles?handler=Assign", [new("userName", userName), new("role", "viewer")]);
        using var removed = await Forms.SubmitAsync(admin, "/identity/admin/roles?handler=Remove", [new("userName", userName), new("role", "viewer")]);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (given.StatusCode, removed.StatusCode));

        var userId = await fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id.ToString()).SingleAsync());
        var user = Assert.Single(await RowsAsync(fixture, "User", userId));
        var roles = (await AllAsync(fixture)).Where(r => r.EntityType == "UserRole" && (r.After ?? r.Before)!.Contains(userName, StringComparison.Ordinal))
            .OrderBy(r => r.Id).ToList();

        Assert.Equal("created", user.Action);
        Assert.Equal(("admin", userName, "SKHCN"), (user.UserName, Field(user.After, "UserName"), Field(user.After, "UnitCode")));
        Assert.Equal(["given", "given", "removed"], roles.Select(r => r.Action));
        Assert.Equal(["unit-officer", "viewer", "viewer"], roles.Select(r => Field(r.After ?? r.Before, "Role")));
    }

    [Fact]
    public async Task A_password_change_is_recorded_as_such_and_no_row_holds_a_hash_or_stamp()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var user = await fixture.SignInAsync(userName, FirstPassword);

        using var changed = await Forms.SubmitAsync(user, "/identity/account/password",
            [new("current", FirstPassword), new("new", NewPassword), new("confirm", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var account = await fixture.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName));
        var row = Assert.Single(await RowsAsync(fixture, "User", account.Id.ToString()), r => r.Action == "password");
        Assert.Equal(userName, row.UserName);
        var everything = string.Join("\n", (await AllAsync(fixture)).SelectMany(r => new[] { r.Before, r.After }));
        Assert.DoesNotContain(account.PasswordHash!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(account.SecurityStamp!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(account.ConcurrencyStamp!, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("PasswordHash", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_and_the_lock_is_recorded()
    {
        using var admin = await fixture.SignInAsync("admin");
        var userName = await AddUserAsync(admin);
        using var stranger = fixture.CreateBrowser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var refused = await Forms.SubmitAsync(stranger, "/identity/account/signin",
                [new("userName", userName), new("password", "not-the-password-at-all")]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        var userId = await fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id.ToString()).SingleAsync());
        Assert.Equal(["created", "locked"], (await RowsAsync(fixture, "User", userId)).Select(r => r.Action));
    }

    private static string? Field(string? json, string name) =>
        JsonDocument.Parse(json!).RootElement.GetProperty(name).GetString();
}
