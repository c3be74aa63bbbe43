using System.Text.RegularExpressions;

namespace StPlatform.TestSupport;

/// <summary>Fills in a page's form as a browser does: with the antiforgery token the page gave.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        var uri = new Uri(path, UriKind.Relative);
        var page = await client.GetStringAsync(uri);
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery token.");
        using var form = new FormUrlEncodedContent(
            fields.Append(new("__RequestVerificationToken", token.Groups["token"].Value)));
        return await client.PostAsync(uri, form);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
