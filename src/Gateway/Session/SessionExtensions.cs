using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StPlatform.Gateway.Session;

public static class SessionExtensions
{
    /// <summary>
    /// The browser session: an encrypted cookie (<c>Secure</c>, <c>HttpOnly</c>, <c>SameSite=Lax</c>)
    /// holding the person's tokens, and the back channel to the identity service.
    /// </summary>
    public static TBuilder AddGatewaySession<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection(GatewaySessionOptions.Section);
        builder.Services.Configure<GatewaySessionOptions>(section);
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "stp.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SessionEndpoints.SignInPath;
                // The gateway's own pages never demand sign-in; the services decide, and their 401
                // on a page becomes a sign-in redirect (AccessTokenForwarding).
                cookie.Events.OnValidatePrincipal = SignedOutSessions.RefuseSignedOutAsync;
                cookie.Events.OnRedirectToLogin = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorization();
        builder.Services.AddHttpClient<IdentityClient>();
        builder.Services.AddMemoryCache();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SignedOutSessions>();
        return builder;
    }
}
