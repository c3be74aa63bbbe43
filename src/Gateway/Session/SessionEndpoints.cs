using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace StPlatform.Gateway.Session;

/// <summary>
/// Sign-in (authorization code flow with PKCE against the identity service, which the browser
/// reaches through this gateway under <c>/identity</c>), the callback, and sign-out.
/// </summary>
public static class SessionEndpoints
{
    public const string SignInPath = "/signin";
    public const string CallbackPath = "/signin-oidc";
    public const string SignOutPath = "/signout";
    private const string PendingCookie = "stp.oidc";

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(SignInPath, SignIn).ExcludeFromDescription();
        app.MapGet(CallbackPath, CallbackAsync).ExcludeFromDescription();
        app.MapPost(SignOutPath, SignOutAsync).ExcludeFromDescription();
        return app;
    }

    private static IResult SignIn(HttpContext context, string? returnUrl, IDataProtectionProvider protection, IOptions<GatewaySessionOptions> options)
    {
        var settings = options.Value;
        var pending = new PendingSignIn(Random(), Random(), IsLocal(returnUrl) ? returnUrl! : "/");
        context.Response.Cookies.Append(PendingCookie, Protector(protection).Protect(JsonSerializer.Serialize(pending)), new CookieOptions
        {
            HttpOnly = true,
            // Browsers keep Secure cookies for HTTPS and for loopback addresses alike.
            Secure = true,
            SameSite = SameSiteMode.Lax,
            Path = CallbackPath,
            MaxAge = TimeSpan.FromMinutes(10),
        });
        var authorize = QueryHelpers.AddQueryString("/identity/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = settings.ClientId,
            ["redirect_uri"] = RedirectUri(context).ToString(),
            ["response_type"] = "code",
            ["scope"] = settings.Scopes,
            ["state"] = pending.State,
            ["code_challenge"] = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(pending.Verifier))),
            ["code_challenge_method"] = "S256",
        });
        return Results.Redirect(authorize);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context, string? code, string? state, IDataProtectionProvider protection, IdentityClient identity, CancellationToken cancellationToken)
    {
        var pending = ReadPending(context, protection);
        context.Response.Cookies.Delete(PendingCookie, new CookieOptions { Path = CallbackPath });
        if (pending is null || code is null || !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(state ?? string.Empty), Encoding.UTF8.GetBytes(pending.State)))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "Đăng nhập không hợp lệ / Sign-in could not be completed",
                detail: "Hãy đăng nhập lại từ đầu. / Start the sign-in again.");
        }
        var tokens = await identity.RedeemCodeAsync(code, RedirectUri(context), pending.Verifier, cancellationToken);
        if (tokens is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway,
                title: "Máy chủ định danh từ chối đăng nhập / The identity service refused the sign-in");
        }
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionTokens.Principal(tokens.AccessToken),
            SessionTokens.Properties(tokens));
        return Results.Redirect(pending.ReturnUrl);
    }

    private static async Task<IResult> SignOutAsync(
        HttpContext context, IdentityClient identity, SignedOutSessions signedOut, CancellationToken cancellationToken)
    {
        var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (session.Succeeded && session.Properties is { } properties)
        {
            signedOut.Remember(properties);
            if (properties.GetTokenValue(SessionTokens.RefreshToken) is { } refresh)
            {
                await identity.RevokeAsync(refresh, cancellationToken);
            }
        }
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }

    private static PendingSignIn? ReadPending(HttpContext context, IDataProtectionProvider protection)
    {
        if (!context.Request.Cookies.TryGetValue(PendingCookie, out var value))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<PendingSignIn>(Protector(protection).Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static Uri RedirectUri(HttpContext context) => new($"{context.Request.Scheme}://{context.Request.Host}{CallbackPath}");

    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static IDataProtector Protector(IDataProtectionProvider protection) => protection.CreateProtector("StPlatform.Gateway.SignIn");

    private static string Random() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record PendingSignIn(string State, string Verifier, string ReturnUrl);
}
