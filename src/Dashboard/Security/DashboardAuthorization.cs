using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.Dashboard.Security;

public static class DashboardAuthorization
{
    public const string OperatorPolicy = "DashboardOperator";
    public const string AdministratorRole = "administrator";

    internal static IServiceCollection AddDashboardAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(LoginTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, LoginTokenHandler>(LoginTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicy, policy => policy
                .AddAuthenticationSchemes(LoginTokenHandler.SchemeName)
                .RequireRole(AdministratorRole));
        return services;
    }

    /// <summary>Gives the browser the session cookie: HttpOnly, SameSite=Strict, for this run only.</summary>
    internal static void SignIn(HttpResponse response, DashboardSession session) =>
        response.Cookies.Append(LoginTokenHandler.CookieName, session.SessionKey, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            IsEssential = true,
        });
}
