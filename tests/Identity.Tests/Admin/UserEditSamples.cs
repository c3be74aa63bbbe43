using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StPlatform.TestSupport;
using static StPlatform.Identity.Tests.Audit.AuditSamples;

namespace StPlatform.Identity.Tests.Admin;

internal static class UserEditSamples
{
    public const string LockedMessage = "Tài khoản tạm khoá";

    public static string EditPath(string userName) => $"/identity/admin/users/{userName}";

    public static async Task LockAsync(HttpClient admin, string userName, string until = "")
    {
        using var locked = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Lock", [new("until", until)]);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
    }

    public static async Task ResetAsync(HttpClient admin, string userName, string password)
    {
        using var reset = await Forms.SubmitAsync(admin, $"{EditPath(userName)}?handler=Password", [new("newPassword", password)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
    }

    /// <summary>What the sign-in form answers: a redirect when signed in, else the page with its message.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> TrySignInAsync(IdentityFixture fixture, string userName, string password)
    {
        using var browser = fixture.CreateBrowser();
        using var response = await Forms.SubmitAsync(browser, "/identity/account/signin", [new("userName", userName), new("password", password)]);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<string> UserIdAsync(IdentityFixture fixture, string userName) =>
        await fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id.ToString()).SingleAsync());

    public static async Task<List<StPlatform.ServiceDefaults.Audit.AuditEntry>> UserRowsAsync(IdentityFixture fixture, string userName) =>
        await RowsAsync(fixture, "User", await UserIdAsync(fixture, userName));

    public static string? Field(string? json, string name) =>
        JsonDocument.Parse(json!).RootElement.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;
}
