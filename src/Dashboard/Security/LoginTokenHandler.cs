using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StPlatform.Dashboard.Security;

/// <summary>
/// Whoever holds the session cookie (given at /login for the run's token) is the operator, in the
/// administrator role. The platform's identity provider can later be added as a second scheme of
/// <see cref="DashboardAuthorization.OperatorPolicy"/>, granting the same role from its own tokens.
/// </summary>
internal sealed class LoginTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DashboardSession session)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "LoginToken";
    public const string CookieName = "stplatform-dashboard";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!session.IsSessionKey(Request.Cookies[CookieName]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "operator"), new Claim(ClaimTypes.Role, DashboardAuthorization.AdministratorRole)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Request.Path.StartsWithSegments("/api"))
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }
        var returnUrl = Request.PathBase + Request.Path + Request.QueryString;
        Response.Redirect("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return Task.CompletedTask;
    }
}
