using System.Net;
using System.Text.RegularExpressions;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// A person signed in at the gateway as a browser signs in: a page that needs sign-in, the
/// gateway's redirect to the identity service's sign-in form (through the gateway), the form with
/// its antiforgery token, the code back to the gateway, the session cookie. Real tokens throughout.
/// </summary>
public static partial class GatewaySession
{
    public const string Password = "Dev-Password-2026!";

    public static async Task<HttpClient> SignInAsync(Uri gateway, string userName, string returnPath = "/tasks", CookieJar? cookies = null)
    {
        var jar = cookies ?? new CookieJar();
        var client = new HttpClient(jar) { BaseAddress = gateway };
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        try
        {
            var location = await FollowAsync(client, new Uri($"/signin?returnUrl={Uri.EscapeDataString(returnPath)}", UriKind.Relative), "/identity/account/signin");
            var form = await client.GetStringAsync(location);
            var token = AntiforgeryToken().Match(form).Groups["token"].Value;
            using var posted = await client.PostAsync(location, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = userName,
                ["password"] = Password,
                ["__RequestVerificationToken"] = token,
            }));
            Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {userName} answered {posted.StatusCode}");
            var landed = await FollowAsync(client, posted.Headers.Location!, returnPath);
            Assert.Contains("stp.session", jar.Names);
            Assert.Equal(returnPath, landed.OriginalString.StartsWith('/') ? landed.OriginalString : landed.PathAndQuery);
            client.DefaultRequestHeaders.Accept.Clear();
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Follows redirects until one points at <paramref name="stopAt"/> (a path prefix), at most ten.</summary>
    private static async Task<Uri> FollowAsync(HttpClient client, Uri start, string stopAt)
    {
        var next = start;
        for (var hop = 0; hop < 10; hop++)
        {
            using var response = await client.GetAsync(next);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{next} answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            next = response.Headers.Location!;
            var path = next.IsAbsoluteUri ? next.AbsolutePath : next.OriginalString;
            if (path.StartsWith(stopAt, StringComparison.Ordinal))
            {
                return next;
            }
        }
        throw new InvalidOperationException($"No redirect to {stopAt} within ten hops.");
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
