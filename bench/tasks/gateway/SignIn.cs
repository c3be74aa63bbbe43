using System.Net;
using System.Text.RegularExpressions;

namespace StPlatform.Tasks.Bench;

/// <summary>
/// Signs a development user in at the gateway as a browser does (redirect to the identity
/// service's form, antiforgery token, code back to the gateway) and returns the session's
/// <c>Cookie</c> header, for <c>hey</c>. Cookies kept by hand: .NET drops <c>Secure</c> ones over HTTP.
/// </summary>
internal static partial class SignIn
{
    public const string Password = "Dev-Password-2026!";

    public static async Task<string> CookieAsync(Uri gateway, string userName)
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = gateway };
        async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, uri) { Content = content };
            request.Headers.Accept.ParseAdd("text/html");
            if (cookies.Count > 0)
            {
                request.Headers.Add("Cookie", Header(cookies));
            }
            var response = await client.SendAsync(request);
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = setCookie.Split(';')[0];
                var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
                if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    cookies.Remove(name);
                }
                else
                {
                    cookies[name] = value;
                }
            }
            return response;
        }
        async Task<Uri> FollowAsync(Uri start, string stopAt)
        {
            var next = start;
            for (var hop = 0; hop < 10; hop++)
            {
                using var response = await SendAsync(HttpMethod.Get, next);
                next = response.Headers.Location ?? throw new InvalidOperationException($"{next} answered {response.StatusCode}, not a redirect.");
                if ((next.IsAbsoluteUri ? next.PathAndQuery : next.OriginalString).StartsWith(stopAt, StringComparison.Ordinal))
                {
                    return next;
                }
            }
            throw new InvalidOperationException($"No redirect to {stopAt} within ten hops.");
        }

        var form = await FollowAsync(new Uri("/signin?returnUrl=%2Ftasks", UriKind.Relative), "/identity/account/signin");
        using (var page = await SendAsync(HttpMethod.Get, form))
        {
            var token = AntiforgeryToken().Match(await page.Content.ReadAsStringAsync()).Groups["token"].Value;
            using var posted = await SendAsync(HttpMethod.Post, form, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = userName,
                ["password"] = Password,
                ["__RequestVerificationToken"] = token,
            }));
            if (posted.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in as {userName} answered {posted.StatusCode}.");
            }
            await FollowAsync(posted.Headers.Location!, "/tasks");
        }
        return cookies.ContainsKey("stp.session") ? Header(cookies) : throw new InvalidOperationException($"No session cookie for {userName}.");
    }

    private static string Header(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """)]
    private static partial Regex AntiforgeryToken();
}
