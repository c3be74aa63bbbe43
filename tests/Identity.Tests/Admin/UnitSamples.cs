using System.Text.RegularExpressions;
using StPlatform.TestSupport;

namespace StPlatform.Identity.Tests.Admin;

/// <summary>Units no other test uses, named as the city names its own.</summary>
internal static class UnitSamples
{
    public const string UnitsPath = "/identity/admin/units";

    public static string NewCode() => $"BQL-{Unique.Suffix()[..8].ToUpperInvariant()}";

    public static string NewName() => $"Ban Quản lý dự án {Unique.Suffix()[..6]}";

    public static KeyValuePair<string, string>[] Registration(string code, string name, string kind = "department", string nameEn = "") =>
        [new("code", code), new("name", name), new("nameEn", nameEn), new("kind", kind)];

    public static async Task RegisterAsync(HttpClient admin, string code, string name)
    {
        using var registered = await Forms.SubmitAsync(admin, UnitsPath, Registration(code, name));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, registered.StatusCode);
    }

    /// <summary>Renames through the rename form, as an administrator who has just opened it.</summary>
    public static async Task RenameAsync(HttpClient admin, string code, string name, string nameEn = "")
    {
        using var renamed = await SubmitRenameAsync(admin, code, name, nameEn);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, renamed.StatusCode);
    }

    /// <summary>The rename form submitted at <paramref name="version"/>, or at the version it shows now.</summary>
    public static async Task<HttpResponseMessage> SubmitRenameAsync(HttpClient admin, string code, string name, string nameEn = "", string? version = null)
    {
        version ??= VersionOn(await admin.GetStringAsync(new Uri($"{UnitsPath}/{code}", UriKind.Relative)));
        return await Forms.SubmitAsync(admin, $"{UnitsPath}/{code}", [new("name", name), new("nameEn", nameEn), new("version", version)]);
    }

    /// <summary>The version a rename form carries in its hidden field.</summary>
    public static string VersionOn(string page)
    {
        var match = Regex.Match(page, "name=\"version\" value=\"(?<version>[0-9]+)\"");
        Assert.True(match.Success, "The rename form carries no version.");
        return match.Groups["version"].Value;
    }
}
