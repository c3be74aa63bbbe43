using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace StPlatform.Gateway.Session;

/// <summary>
/// A signed-in person's requests reach the services with their access token, renewed with the
/// refresh token shortly before it expires. A browser page a service refuses for want of sign-in
/// becomes a redirect to sign-in; an API call keeps its 401 problem.
/// </summary>
internal static class AccessTokenForwarding
{
    private static readonly TimeSpan RenewBefore = TimeSpan.FromSeconds(60);

    public static void Apply(TransformBuilderContext context)
    {
        context.AddRequestTransform(AttachAsync);
        context.AddResponseTransform(SignInInsteadOf401);
    }

    private static async ValueTask AttachAsync(RequestTransformContext context)
    {
        var http = context.HttpContext;
        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded || session.Properties is not { } properties)
        {
            // No session: a machine client's own bearer token, if any, goes through unchanged.
            return;
        }
        var access = properties.GetTokenValue(SessionTokens.AccessToken);
        var expiresAt = DateTimeOffset.Parse(properties.GetTokenValue(SessionTokens.ExpiresAt) ?? "0001-01-01", CultureInfo.InvariantCulture);
        if (expiresAt - DateTimeOffset.UtcNow < RenewBefore)
        {
            var refresh = properties.GetTokenValue(SessionTokens.RefreshToken);
            var renewed = refresh is null ? null
                : await http.RequestServices.GetRequiredService<IdentityClient>().RefreshAsync(refresh, http.RequestAborted);
            if (renewed is null)
            {
                await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                context.ProxyRequest.Headers.Authorization = null;
                return;
            }
            SessionTokens.Store(properties, renewed);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SessionTokens.Principal(renewed.AccessToken), properties);
            access = renewed.AccessToken;
        }
        context.ProxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
    }

    private static ValueTask SignInInsteadOf401(ResponseTransformContext context)
    {
        var request = context.HttpContext.Request;
        if (context.ProxyResponse?.StatusCode == System.Net.HttpStatusCode.Unauthorized
            && HttpMethods.IsGet(request.Method)
            && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            context.SuppressResponseBody = true;
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status302Found;
            response.Headers.Remove(HeaderNames.ContentType);
            response.Headers.Remove(HeaderNames.ContentLength);
            response.Headers.Remove(HeaderNames.WWWAuthenticate);
            response.Headers.Location = $"{SessionEndpoints.SignInPath}?returnUrl={Uri.EscapeDataString(request.Path + request.QueryString)}";
        }
        return ValueTask.CompletedTask;
    }
}
