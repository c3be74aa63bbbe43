using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>The platform's roles, who holds each, and the forms that give and take them away.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class RolesModel(UsersDbContext db, RoleAssignments assignments) : PageModel
{
    public sealed record Holder(string UserName, string DisplayName, string UnitCode);

    public sealed record RoleRow(string Role, IReadOnlyList<Holder> Holders);

    public IReadOnlyList<RoleRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> UserNames { get; private set; } = [];

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>Why a removal was refused, shown at the top of the page.</summary>
    public string? Refusal { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken cancellationToken)
    {
        if (await assignments.AssignAsync(UserName, Role) is var (field, message))
        {
            ModelState.AddModelError(field, message);
            await LoadAsync(cancellationToken);
            return Page();
        }
        Message = $"Đã giao vai trò {PlatformRoles.Label(Role!)} cho {UserName}. / {UserName} now has the role.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        Refusal = await assignments.RemoveAsync(UserName, Role, cancellationToken);
        if (Refusal is not null)
        {
            // The form's values are the row's, not the assign form's.
            UserName = Role = null;
            await LoadAsync(cancellationToken);
            return Page();
        }
        Message = $"Đã gỡ vai trò {PlatformRoles.Label(Role ?? string.Empty)} của {UserName}. / The role was removed from {UserName}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var holders = await (from userRole in db.UserRoles
                             join role in db.Roles on userRole.RoleId equals role.Id
                             join user in db.Users on userRole.UserId equals user.Id
                             orderby user.UserName
                             select new { role.Name, user.UserName, user.DisplayName, Unit = user.Unit!.Code })
            .ToListAsync(cancellationToken);
        Rows = [.. PlatformRoles.All.Select(role => new RoleRow(role,
            [.. holders.Where(h => h.Name == role).Select(h => new Holder(h.UserName!, h.DisplayName, h.Unit))]))];
        UserNames = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync(cancellationToken);
    }
}
