using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.Identity.Units;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Admin;

/// <summary>The administrator's list of users (with unit and roles) and the form that adds one.</summary>
[Authorize(Roles = PlatformRoles.Administrator)]
public sealed class UsersModel(UsersDbContext db, UserManager<PlatformUser> users) : PageModel
{
    public sealed record Row(string UserName, string DisplayName, string Unit, string Roles);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Vui lòng nhập tên đăng nhập. / Enter a user name.")]
    public string? UserName { get; set; }

    [BindProperty, Required(ErrorMessage = "Vui lòng nhập họ tên. / Enter the person's name.")]
    public string? DisplayName { get; set; }

    [BindProperty, Required(ErrorMessage = "Vui lòng chọn đơn vị. / Choose a unit.")]
    public string? UnitCode { get; set; }

    [BindProperty, Required(ErrorMessage = "Vui lòng chọn vai trò. / Choose a role.")]
    public string? Role { get; set; }

    [BindProperty, Required(ErrorMessage = "Vui lòng nhập mật khẩu ban đầu. / Enter an initial password.")]
    public string? Password { get; set; }

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == UnitCode, cancellationToken);
        if (UnitCode is not null && unit is null)
        {
            ModelState.AddModelError(nameof(UnitCode), "Không có đơn vị này. / No such unit.");
        }
        if (Role is not null && !PlatformRoles.All.Contains(Role))
        {
            ModelState.AddModelError(nameof(Role), "Không có vai trò này. / No such role.");
        }
        if (ModelState.IsValid)
        {
            var user = new PlatformUser { UserName = UserName, DisplayName = DisplayName!, UnitId = unit!.Id };
            // The user, their first role and both audit rows commit together: never a user without a role.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, Password!);
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : nameof(UserName), PasswordMessages.For(error));
            }
            if (created.Succeeded && (await users.AddToRoleAsync(user, Role!)).Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
                Message = $"Đã tạo người dùng {UserName}. / User {UserName} created.";
                return RedirectToPage();
            }
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Units = await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellationToken);
        var roles = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, Unit = u.Unit!.Code })
            .ToListAsync(cancellationToken);
        Rows = [.. people.Select(u => new Row(u.UserName!, u.DisplayName, u.Unit,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => PlatformRoles.Label(r.Name!)))))];
    }
}
