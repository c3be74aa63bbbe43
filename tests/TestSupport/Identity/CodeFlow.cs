using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace StPlatform.TestSupport.Identity;

/// <summary>
/// A person signing in as a browser would, through the authorization code flow with PKCE: the
/// authorize request, the sign-in form (with its antiforgery token), the redirect carrying the
/// code, and the code exchanged for tokens. <paramref name="client"/> keeps cookies and follows no
/// redirect.
/// </summary>
public static class CodeFlow
{
    public const string AuthorizePath = "/identity/connect/authorize";
    public const string TokenPath = "/identity/connect/token";

    public static async Task<string> GetCodeAsync(
        HttpClient client, string clientId, Uri redirectUri, string userName, string password, string scope, string verifier)
    {
        ArgumentNullException.ThrowIfNull(client);
        var authorize = QueryHelpers.AddQueryString(AuthorizePath, new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "st",
            ["code_challenge"] = Challenge(verifier),
            ["code_challenge_method"] = "S256",
        });
        using var toSignIn = await client.GetAsync(new Uri(authorize, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        var signInPage = toSignIn.Headers.Location!.IsAbsoluteUri ? toSignIn.Headers.Location.PathAndQuery : toSignIn.Headers.Location.OriginalString;

        using var signedIn = await Forms.SubmitAsync(client, signInPage, [new("userName", userName), new("password", password)]);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {userName} failed: {signedIn.StatusCode}");

        using var withCode = await client.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var query = QueryHelpers.ParseQuery(withCode.Headers.Location!.Query);
        Assert.True(query.ContainsKey("code"), $"No code in {withCode.Headers.Location}");
        return query["code"].ToString();
    }

    public static async Task<JsonElement> SignInAsync(
        HttpClient client, string clientId, string? clientSecret, Uri redirectUri, string userName, string password, string scope)
    {
        var verifier = NewVerifier();
        var code = await GetCodeAsync(client, clientId, redirectUri, userName, password, scope, verifier);
        using var response = await PostTokenAsync(client, new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri.ToString(),
            ["code_verifier"] = verifier,
            ["client_secret"] = clientSecret ?? string.Empty,
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> PostTokenAsync(HttpClient client, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(new Uri(TokenPath, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    public static string NewVerifier() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
