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
        using var renamed = await Forms.SubmitAsync(admin, $"{UnitsPath}/{code}", [new("name", name), new("nameEn", nameEn)]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, renamed.StatusCode);
    }
}
