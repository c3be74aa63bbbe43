using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace StPlatform.Gateway.Session;

/// <summary>
/// What the session cookie holds: who the person is (from the access token the identity service
/// issued over the back channel, so trusted without re-validation) and the tokens themselves, kept
/// encrypted in the cookie and never shown to the page's scripts.
/// </summary>
public static class SessionTokens
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string ExpiresAt = "expires_at";

    public static ClaimsPrincipal Principal(string accessToken)
    {
        var payload = accessToken.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload)));
        var identity = new ClaimsIdentity(CookieAuthenticationDefaults.AuthenticationScheme, "name", "role");
        foreach (var claim in new[] { "sub", "name", "unit", "role" })
        {
            if (!json.RootElement.TryGetProperty(claim, out var value))
            {
                continue;
            }
            var values = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString()) : [value.GetString()];
            identity.AddClaims(values.OfType<string>().Select(v => new Claim(claim, v)));
        }
        return new ClaimsPrincipal(identity);
    }

    public static AuthenticationProperties Properties(TokenSet tokens)
    {
        var properties = new AuthenticationProperties { IsPersistent = false };
        SignedOutSessions.Identify(properties);
        Store(properties, tokens);
        return properties;
    }

    public static void Store(AuthenticationProperties properties, TokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(tokens);
        List<AuthenticationToken> stored =
        [
            new() { Name = AccessToken, Value = tokens.AccessToken },
            new() { Name = ExpiresAt, Value = tokens.ExpiresAt.ToString("o", CultureInfo.InvariantCulture) },
        ];
        if (tokens.RefreshToken is not null)
        {
            stored.Add(new() { Name = RefreshToken, Value = tokens.RefreshToken });
        }
        properties.StoreTokens(stored);
    }
}
