using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StPlatform.Dashboard.Security;

namespace StPlatform.Dashboard.Pages;

/// <summary>Exchanges the run's login token (in the printed link, or typed) for the session cookie.</summary>
public sealed class LoginModel(DashboardSession session) : PageModel
{
    public bool Rejected { get; private set; }

    public string ReturnUrl { get; private set; } = "/";

    public IActionResult OnGet(string? t, string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        if (t is null)
        {
            return Page();
        }
        return SignIn(t);
    }

    public IActionResult OnPost(string? token, string? returnUrl)
    {
        ReturnUrl = Local(returnUrl);
        return SignIn(token);
    }

    private IActionResult SignIn(string? token)
    {
        if (!session.IsLoginToken(token))
        {
            Rejected = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        DashboardAuthorization.SignIn(Response, session);
        return LocalRedirect(ReturnUrl);
    }

    private string Local(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
