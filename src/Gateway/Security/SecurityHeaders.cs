using Microsoft.Net.Http.Headers;

namespace StPlatform.Gateway.Security;

/// <summary>
/// Browser-hardening headers on every response leaving the platform, gateway pages and proxied
/// service pages alike. A service that sets its own value for one of them keeps it.
/// </summary>
public static class SecurityHeaders
{
    // Inline styles are allowed because the services' server-rendered pages use them; scripts,
    // frames, plugins and foreign origins are not.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context.Response);
            return next(context);
        });

    private static Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        headers.TryAdd(HeaderNames.ContentSecurityPolicy, ContentSecurityPolicy);
        headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
        headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
        headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
        return Task.CompletedTask;
    }
}
