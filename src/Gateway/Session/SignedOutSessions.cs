using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace StPlatform.Gateway.Session;

/// <summary>
/// Sessions signed out at this gateway. The session cookie carries everything it needs, so a copy
/// kept from before sign-out (another tab, a stolen cookie) would go on attaching its access token
/// until that expires; remembered here until the cookie itself would have expired, such a copy is
/// refused at once. Kept in this instance's memory: after a restart, or at another instance, a copy
/// works at most until its access token expires (15 minutes), as sign-out revoked its refresh token.
/// </summary>
public sealed class SignedOutSessions(IMemoryCache memory, TimeProvider time)
{
    private const string SessionIdItem = "stp.sid";
    private static readonly TimeSpan LongestSession = TimeSpan.FromHours(8);

    /// <summary>Gives a new session its id, kept in the cookie with the tokens and across their renewals.</summary>
    public static void Identify(AuthenticationProperties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        properties.Items[SessionIdItem] = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    }

    public void Remember(AuthenticationProperties properties)
    {
        if (properties.Items.TryGetValue(SessionIdItem, out var id) && id is not null)
        {
            var now = time.GetUtcNow();
            var until = properties.ExpiresUtc is { } expires && expires > now ? expires : now + LongestSession;
            memory.Set(Key(id), true, until);
        }
    }

    public bool IsSignedOut(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(SessionIdItem, out var id) && id is not null && memory.TryGetValue(Key(id), out _);

    /// <summary>The cookie's check on every request: a signed-out session is no session, and its cookie is removed.</summary>
    internal static async Task RefuseSignedOutAsync(CookieValidatePrincipalContext context)
    {
        if (context.HttpContext.RequestServices.GetRequiredService<SignedOutSessions>().IsSignedOut(context.Properties))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static string Key(string id) => "signed-out-session:" + id;
}
