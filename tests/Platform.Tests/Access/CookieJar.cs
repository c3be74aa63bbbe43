using System.Net.Http.Headers;

namespace StPlatform.Platform.Tests.Access;

/// <summary>
/// Keeps cookies the way a browser keeps them for a loopback origin, where it honours <c>Secure</c>
/// cookies over plain HTTP (.NET's cookie container would drop them). Path-scoped by prefix.
/// </summary>
public sealed class CookieJar : DelegatingHandler
{
    private readonly Dictionary<string, (string Value, string Path)> _cookies = new(StringComparer.Ordinal);

    public CookieJar() : base(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
    {
    }

    public IReadOnlyCollection<string> Names => _cookies.Keys;

    /// <summary>The value the jar holds for a cookie, as the browser would send it; null when it holds none.</summary>
    public string? Value(string name) => _cookies.TryGetValue(name, out var cookie) ? cookie.Value : null;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var applicable = _cookies.Where(c => path.StartsWith(c.Value.Path, StringComparison.Ordinal)).Select(c => $"{c.Key}={c.Value.Value}").ToList();
        if (applicable.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", applicable));
        }
        var response = await base.SendAsync(request, cancellationToken);
        Remember(response.Headers);
        return response;
    }

    private void Remember(HttpResponseHeaders headers)
    {
        if (!headers.TryGetValues("Set-Cookie", out var values))
        {
            return;
        }
        foreach (var header in values)
        {
            var parts = header.Split(';', StringSplitOptions.TrimEntries);
            var (name, value) = (parts[0][..parts[0].IndexOf('=', StringComparison.Ordinal)], parts[0][(parts[0].IndexOf('=', StringComparison.Ordinal) + 1)..]);
            var path = parts.FirstOrDefault(p => p.StartsWith("path=", StringComparison.OrdinalIgnoreCase))?[5..] ?? "/";
            var expired = parts.Any(p => p.StartsWith("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) || value.Length == 0;
            if (expired)
            {
                _cookies.Remove(name);
            }
            else
            {
                _cookies[name] = (value, path);
            }
        }
    }
}
