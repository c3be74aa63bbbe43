using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Data;

namespace StPlatform.Identity.Account;

/// <summary>The signed-in user's own page: who they are, their unit and roles; sign out.</summary>
[Authorize]
public sealed class IndexModel(UserManager<PlatformUser> users, SignInManager<PlatformUser> signIn, UsersDbContext db) : PageModel
{
    public PlatformUser? Me { get; private set; }

    public string UnitName { get; private set; } = string.Empty;

    public IList<string> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Me = await users.GetUserAsync(User);
        if (Me is null)
        {
            return Challenge();
        }
        UnitName = await db.Units.Where(u => u.Id == Me.UnitId).Select(u => u.Name + " (" + u.Code + ")").SingleAsync(cancellationToken);
        Roles = await users.GetRolesAsync(Me);
        return Page();
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect($"{Extensions.Prefix}/account/signin");
    }
}
